# shell: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "shell-".
# El entorno de escritorio alrededor de la ventana (src-tauri/shell.rs, login_item.rs,
# auto_backup.rs) y los mensajes de escritorio de la pantalla Ajustes.

shell-tray-open = Abrir BackTrack
shell-tray-log-pain = Anotar dolor
shell-tray-start-session = Empezar la sesión de hoy
shell-tray-lock = Bloquear el diario
shell-tray-quit = Salir de BackTrack
shell-lock-needs-encryption = El diario no está cifrado, así que no se puede bloquear. Active el cifrado en la pantalla Exportar.
shell-still-running-title = BackTrack sigue abierto
shell-still-running-body = Se queda en la bandeja del sistema para que le lleguen sus recordatorios. Elija Salir en su menú para cerrarlo del todo.
shell-no-display = BackTrack no puede abrir su ventana: no se encontró una pantalla ({ $reason }). Los comandos como `backtrack export` funcionan sin pantalla: vea `backtrack --help`.

shell-backup-failed-title = BackTrack no pudo hacer la copia de seguridad de su diario
shell-backup-failed-body = { $problem } Abra Exportar en BackTrack para ver más.

shell-login-not-read = No se pudo leer el ajuste de inicio de sesión: { $reason }
shell-login-not-changed = No se pudo cambiar el ajuste de inicio de sesión: { $reason }
shell-login-unavailable = Abrir BackTrack al iniciar sesión no está disponible aquí.
shell-login-desktop-only = Abrir BackTrack al iniciar sesión es un ajuste de computadora.
shell-folder-not-opened = BackTrack no pudo abrir la carpeta: { $reason }
shell-no-file-manager-on-phone = Un teléfono guarda el diario dentro de la app, donde ningún administrador de archivos lo puede mostrar.
# La ventana no se pudo abrir (lib.rs).
shell-could-not-start = BackTrack no pudo abrir: { $error }
