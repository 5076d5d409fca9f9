# errors: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "errors-".

## El almacenamiento (src-tauri/store/error.rs)
errors-store-not-a-database = El archivo { $path } no es un diario de BackTrack (no es una base de datos SQLite). No se le hizo ningún cambio.
errors-store-foreign-database = El archivo { $path } es la base de datos de otro programa, no un diario de BackTrack. No se le hizo ningún cambio.
errors-store-newer-version = Este diario se guardó con una versión más nueva de BackTrack (formato { $found }; esta versión lee hasta el { $supported }). Por favor, actualice BackTrack. No se le hizo ningún cambio al archivo.
errors-store-entry-not-found = No se encontró ninguna anotación con el id { $id }. Tal vez se borró.
errors-store-medication-not-found = No se encontró ningún medicamento con el id { $id }.
errors-store-session-not-found = No se encontró ninguna sesión de ejercicio con el id { $id }.
errors-store-pause-not-found = No se encontró ninguna pausa con el id { $id }. Tal vez ya se quitó.
errors-store-flare-not-found = No se encontró ninguna crisis de dolor con el id { $id }.
errors-store-reminder-not-found = No se encontró ningún recordatorio con el id { $id }. Tal vez ya se quitó.
errors-store-activity-not-found = No se encontró ninguna actividad con el id { $id }.
errors-store-rating-not-found = No se encontró ninguna calificación con el id { $id }. Tal vez se quitó.
errors-store-corrupt = No se pudo leer un dato guardado: { $problem }
errors-store-data-dir = No se pudo preparar la carpeta de datos { $path }: { $problem }
errors-store-in-use = Otra ventana o comando de BackTrack está usando el diario. Ciérrelo y vuelva a intentarlo. No se cambió nada.
errors-store-key-does-not-fit = El diario cifrado { $path } no se abre con esta clave. Puede ser de otro aparato o estar dañado. No se le hizo ningún cambio.
errors-store-copy-check = La copia nueva del diario no pasó la revisión ({ $problem }), así que el diario se quedó como estaba.
errors-store-sqlite = Falló la base de datos del diario: { $problem }

## Los secretos del diario (src-tauri/vault/mod.rs)
errors-vault-wrong-passphrase = Esa frase de contraseña no es correcta. No se cambió nada.
errors-vault-wrong-recovery-code = Ese código de recuperación no es correcto. Revise cada grupo de letras y números. No se cambió nada.
errors-vault-malformed-recovery-code = Un código de recuperación tiene 32 letras y números, en 8 grupos de 4.
errors-vault-weak-passphrase = Una frase de contraseña necesita por lo menos { $min } caracteres.
errors-vault-wrong-backup-passphrase = La frase de contraseña de la copia de seguridad no es correcta. No se restauró nada.
errors-vault-damaged-key-file = El archivo de clave del diario { $path } está dañado, así que el diario no se puede desbloquear con una frase de contraseña. Puede que el código de recuperación todavía funcione.
errors-vault-damaged-backup = No se pudo leer esta copia de seguridad cifrada: { $problem }. No se restauró nada.
errors-vault-random = La computadora no dio números al azar: { $problem }
errors-vault-kdf = No se pudo crear la clave: { $problem }

## El diario como lo tiene la app (src-tauri/state.rs)
errors-diary-locked = El diario está bloqueado. Primero desbloquéelo con su frase de contraseña.
errors-diary-poisoned = Una acción anterior falló a medias. Por favor, vuelva a abrir BackTrack; sus anotaciones guardadas están a salvo.

## Los errores propios de la app (src-tauri/app/error.rs)
errors-fix-highlighted = { $count ->
        [one] Por favor, corrija la respuesta marcada.
       *[other] Por favor, corrija las { $count } respuestas marcadas.
    }
errors-storage-failed = No se pudo guardar o leer, y no se cambió nada. Detalles: { $details }
# $what es la clase de cosa que nombró la ventana, con guiones bajos en vez de espacios.
errors-unknown-id = { $what ->
        [entry] No se encontró ninguna anotación con el id { $id }.
        [medication] No se encontró ningún medicamento con el id { $id }.
        [exercise_session] No se encontró ninguna sesión de ejercicio con el id { $id }.
        [pause] No se encontró ninguna pausa con el id { $id }.
        [reminder] No se encontró ningún recordatorio con el id { $id }.
        [activity] No se encontró ninguna actividad con el id { $id }.
        [rating] No se encontró ninguna calificación con el id { $id }.
       *[other] No se encontró nada con el id { $id }.
    }
errors-backup-not-written = No se pudo escribir la copia de seguridad: { $problem }
errors-catalog-unreadable = No se pudo leer el catálogo de ejercicios: { $problem }
errors-articles-unreadable = No se pudieron leer los artículos de Aprender: { $problem }
errors-file-unreadable = No se pudo leer el archivo { $path }: { $problem }
errors-backup-not-written-to = No se pudo escribir la copia de seguridad en { $path }: { $problem }
errors-key-file-not-written = No se pudo escribir el archivo de clave { $path }: { $problem }. No se cambió nada.
errors-reminder-not-saved = El recordatorio no se guardó.

## Copias de seguridad automáticas que fallaron (src-tauri/app/backups.rs)
errors-backup-folder-gone = La carpeta de copias de seguridad { $folder } no está. Si está en un disco externo, conéctelo, o elija otra carpeta en la pantalla Exportar.
errors-backup-read = No se pudo leer el diario para hacer la copia de seguridad: { $problem }
errors-backup-seal = No se pudo cifrar la copia de seguridad: { $problem }
errors-backup-check-read-back = La copia de seguridad escrita en { $path } no pasó la revisión (no se pudo volver a leer: { $problem }), así que se borró.
errors-backup-check-differs = La copia de seguridad escrita en { $path } no pasó la revisión (al volver a leerla no salió igual), así que se borró.
errors-backup-check-unsealed = La copia de seguridad escrita en { $path } no pasó la revisión (no se pudo abrir con su frase de contraseña: { $problem }), así que se borró.
errors-backup-check-failed = La copia de seguridad escrita en { $path } no pasó la revisión ({ $problem }), así que se borró.
# El detalle entre paréntesis después de la ruta de un archivo de clave dañado (vault/key_file.rs).
errors-vault-key-file-version = no es un archivo de clave de BackTrack de la versión { $version }
