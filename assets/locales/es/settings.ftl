# settings: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "settings-".

## Apariencia y privacidad (src-tauri/app/appearance.rs, privacy.rs)
settings-text-size-range = Elija un tamaño de letra entre 100% y 200%.
settings-idle-lock-choices = Elija nunca, o 1, 5, 15, 30 o 60 minutos.
settings-lock-needs-encryption = Solo se puede bloquear un diario cifrado. Primero active el cifrado.
settings-already-encrypted = El diario ya está cifrado.
settings-not-encrypted = El diario no está cifrado.

## Copias de seguridad (src-tauri/app/backups.rs, export.rs)
settings-backup-no-folder = No hay ninguna carpeta en { $folder }. Elija otra, o conecte el disco donde está.
settings-backup-passphrase-short = La frase de contraseña de las copias de seguridad necesita por lo menos { $min } caracteres.
settings-backup-passphrase-needed = Su diario está cifrado, así que sus copias de seguridad automáticas también lo están. Elija una frase de contraseña para ellas; la necesitará para restaurar una copia.
settings-backup-type-passphrase = Esta copia de seguridad está cifrada. Escriba su frase de contraseña.

## Reglas de los recordatorios (src-tauri/domain/reminders/mod.rs). Las horas se escriben HH:MM, como se teclean.
settings-reminder-not-a-weekday = "{ $name }" no es un día de la semana.
settings-reminder-no-weekday = Elija por lo menos un día de la semana.
settings-reminder-time-twice = { $time } aparece dos veces.
settings-reminder-not-a-time = "{ $text }" no es una hora del día. Use HH:MM, como 08:30.
settings-reminder-no-time = Agregue por lo menos una hora del día.
settings-reminder-too-many-times = Elija hasta { $max } horas al día.
settings-reminder-clash = Ya hay otro recordatorio de este tipo a las { $time } en uno de estos días.

## El horario de las copias de seguridad automáticas (src-tauri/domain/backups.rs)
settings-backup-every = Elija cada cuánto: todos los días, cada semana, o nunca.
settings-backup-folder-missing = Elija una carpeta para las copias de seguridad.
settings-backup-folder-too-long = La ruta de una carpeta puede tener hasta { $max } caracteres.
settings-backup-folder-not-full = Escriba la ruta completa de la carpeta, como /home/ana/Backups, o presione Elegir carpeta.
settings-backup-keep-range = La cantidad de copias que se guardan tiene que ser un número entero del 1 al { $max }.
