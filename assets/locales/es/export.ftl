# export: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "export-".
# Exportaciones, copias de seguridad y restauraciones (src-tauri/export, los comandos de la
# pantalla Exportar). Los nombres de columnas del CSV y los códigos FHIR no están aquí.

export-filter-pdf = Informe en PDF
export-filter-csv = Hoja de cálculo CSV
export-filter-fhir = Paquete FHIR (JSON)
export-filter-backup = Copia de seguridad de BackTrack (JSON)
export-filter-encrypted-backup = Copia de seguridad cifrada de BackTrack (age)
export-filter-any-backup = Copia de seguridad de BackTrack (JSON, o cifrada con age)
export-dialog-save = Guardar la exportación
export-dialog-choose-backup = Elija una copia de seguridad de BackTrack
export-dialog-backup-folder = Elija una carpeta para las copias de seguridad automáticas
export-folder-backups-not-on-phones = Las copias de seguridad automáticas en una carpeta todavía no se pueden hacer en teléfonos.
export-backup-passphrase-too-short = La frase de contraseña de una copia de seguridad necesita al menos { $min } caracteres.
export-backup-is-encrypted = Esta copia de seguridad está cifrada. Escriba su frase de contraseña para restaurarla.
export-choose-backup-again = Vuelva a elegir la copia de seguridad que quiere restaurar.
export-stopped = La exportación se detuvo de forma inesperada: { $reason }

export-fhir-failed = No se pudo escribir el paquete FHIR: { $reason }
export-csv-failed = No se pudo escribir el archivo CSV: { $reason }
export-write-failed = No se pudo guardar el archivo en { $path }: { $reason }
export-no-temporary-name = no hay un nombre libre para el archivo temporal

export-backup-write-failed = No se pudo escribir la copia de seguridad: { $reason }
export-backup-cut-short = Este archivo de copia de seguridad está incompleto: tal vez no se terminó de copiar. No se restauró nada.
export-backup-not-json = Este archivo no es una copia de seguridad de BackTrack (no es un JSON válido). No se restauró nada.
export-backup-not-backtrack = Este archivo no es una copia de seguridad de BackTrack. No se restauró nada.
export-backup-no-version = Esta copia de seguridad no tiene número de versión, así que no se puede leer con seguridad. No se restauró nada.
export-backup-newer = Esta copia de seguridad se hizo con una versión más nueva de BackTrack. Actualice BackTrack y después restáurela. No se restauró nada.
export-backup-no-data = Esta copia de seguridad no tiene datos. No se restauró nada.
export-backup-checksum = Esta copia de seguridad se cambió después de hacerse, o está dañada (su suma de verificación no coincide). No se restauró nada.
export-backup-wrong-shape = Las tablas de esta copia de seguridad no tienen la forma correcta. No se restauró nada.
export-backup-table-rejected = La copia de seguridad no es válida: un registro de { $table } no cumple las reglas del diario. No se restauró nada.
export-backup-record-rejected = La copia de seguridad no es válida: { $record } no cumple las reglas del diario. No se restauró nada.
export-backup-record-of = un registro de { $table }
export-backup-copy-failed = No se pudo guardar una copia del diario en { $path } ({ $reason }), así que no se reemplazó. No se restauró nada.
export-backup-not-a-file = El diario no es un archivo, así que no se pudo guardar una copia. No se restauró nada.
export-backup-copy-exists = Ya existe una copia llamada { $path }. No se restauró nada.

# Lo que hizo una restauración (src-tauri/export/restore_outcome.rs). Los días son los de cada
# registro, AAAA-MM-DD.
export-restore-kept-copy = El diario anterior se guardó como { $path }.
export-restore-counts = Restaurado: { $added } agregados, { $present } ya estaban.
export-restore-conflicts = { $count ->
    [one] 1 registro no coincide con la copia de este dispositivo, que se conservó:
   *[other] { $count } registros no coinciden con las copias de este dispositivo, que se conservaron:
}
export-conflict-unknown-table = Un registro de { $table } no coincide con la copia de este dispositivo; se conservó la copia de este dispositivo.
export-conflict-part = { $part } en { $record } no coincide con la copia de este dispositivo; se conservó la copia de este dispositivo.
export-conflict-record = { $record } (id { $id }) no coincide con la copia de este dispositivo; se conservó la copia de este dispositivo.
export-conflict-record-on-day = { $record } del { $day } (id { $id }) no coincide con la copia de este dispositivo; se conservó la copia de este dispositivo.
export-conflict-named = { $record } no coincide con la copia de este dispositivo; se conservó la copia de este dispositivo.

# Por qué se rechazaron las filas de una copia (src-tauri/export/backup_rules). $record nombra el
# registro ("la anotación de dolor 6f1c…"), $field el campo ("un nivel de dolor"), $value el valor.
export-rules-invalid = La copia de seguridad no es válida: { $problem }. No se restauró nada.
export-rules-unknown-table = La copia de seguridad tiene una tabla que esta versión no conoce: { $table }. No se restauró nada.
export-rules-record-without = { $record } sin { $field }
export-rules-record-in-file = { $record } (número { $number } en el archivo)
export-rules-unknown-field = { $record } tiene un campo que esta versión no conoce ({ $column })
export-rules-missing = { $record } no tiene { $field }
export-rules-not-whole = { $record } tiene { $field } que debería ser un número entero ({ $value })
export-rules-not-number = { $record } tiene { $field } que debería ser un número, no { $value }
export-rules-not-text = { $record } tiene { $field } que debería ser texto, no { $value }
export-rules-field-problem = { $record } tiene { $field } { $problem }
export-rules-same-part-twice = { $record } tiene { $part } dos veces ({ $values })
export-rules-twice = { $record } está dos veces en el archivo, con el mismo id
export-rules-same-medication-name = hay dos medicamentos con el mismo nombre ({ $first } y { $second })
export-rules-orphan = tiene { $part } para { $record }, que no está en el archivo

# El final de una frase sobre un valor: "...tiene un nivel de dolor" + "que no cumple...".
export-value-out-of-range = que no cumple las reglas del diario ({ $value }; debe ser de { $low } a { $high })
export-value-not-a-flag = que no cumple las reglas del diario ({ $value }; debe ser 0 para no o 1 para sí)
export-value-unreadable = que BackTrack no puede leer ({ $value })
export-value-unknown = que esta versión no conoce ({ $value })
export-value-not-an-id = que no es un id válido ({ $value })
export-value-not-a-day = que no es una fecha real (AAAA-MM-DD) ({ $value })
export-value-not-a-moment = que no es una fecha y hora que BackTrack pueda leer ({ $value })
export-value-not-on-its-day = que no cae en su propio día ({ $value })
export-value-too-long = que tiene demasiados caracteres ({ $length }; el máximo es { $max })
export-value-empty = que no tiene nada escrito
export-value-not-a-time = que no es una hora del día (HH:MM) ({ $value })
export-value-not-json = que no se puede leer ({ $value })
export-value-not-a-number = que debería ser un número, no { $value }
export-value-not-times = que no son horas del día (HH:MM) ({ $value })
export-value-too-many-times = que son demasiadas ({ $count }; el máximo es { $max })
export-value-times-out-of-order = que no están en orden, o se repiten ({ $value })
export-value-no-weekdays = que están vacíos
export-value-not-weekdays = que no son días de la semana (del 1 al 7, cada uno una vez) ({ $value })

# Nombres de los campos de una fila de la copia de seguridad (src-tauri/export/backup_rules/tables.rs):
# "un nivel de dolor" con $form a, "nivel de dolor" si no.
export-field-activity-id = { $form ->
    [a] un id de actividad
   *[bare] id de actividad
}
export-field-answer = { $form ->
    [a] una respuesta
   *[bare] respuesta
}
export-field-answer-about-a-hip-replacement = { $form ->
    [a] una respuesta sobre un reemplazo de cadera
   *[bare] respuesta sobre un reemplazo de cadera
}
export-field-answer-about-balance = { $form ->
    [a] una respuesta sobre el equilibrio
   *[bare] respuesta sobre el equilibrio
}
export-field-answer-about-getting-down-to-the-floor = { $form ->
    [a] una respuesta sobre bajar al piso
   *[bare] respuesta sobre bajar al piso
}
export-field-answer-about-osteoporosis = { $form ->
    [a] una respuesta sobre la osteoporosis
   *[bare] respuesta sobre la osteoporosis
}
export-field-answer-about-pain-down-the-leg = { $form ->
    [a] una respuesta sobre el dolor que baja por la pierna
   *[bare] respuesta sobre el dolor que baja por la pierna
}
export-field-answer-about-pregnancy = { $form ->
    [a] una respuesta sobre el embarazo
   *[bare] respuesta sobre el embarazo
}
export-field-answer-about-recent-surgery = { $form ->
    [a] una respuesta sobre una cirugía reciente
   *[bare] respuesta sobre una cirugía reciente
}
export-field-archived-mark = { $form ->
    [a] una marca de archivado
   *[bare] marca de archivado
}
export-field-article = { $form ->
    [a] un artículo
   *[bare] artículo
}
export-field-check-id = { $form ->
    [a] un id de la prueba
   *[bare] id de la prueba
}
export-field-day = { $form ->
    [a] un día
   *[bare] día
}
export-field-day-it-ended = { $form ->
    [a] un día en que terminó
   *[bare] día en que terminó
}
export-field-days-of-the-week = { $form ->
    [a] unos días de la semana
   *[bare] días de la semana
}
export-field-decision = { $form ->
    [a] una decisión
   *[bare] decisión
}
export-field-direction = { $form ->
    [a] una dirección
   *[bare] dirección
}
export-field-done-mark = { $form ->
    [a] una marca de hecho
   *[bare] marca de hecho
}
export-field-dose = { $form ->
    [a] una dosis
   *[bare] dosis
}
export-field-effort-score = { $form ->
    [a] un puntaje de esfuerzo
   *[bare] puntaje de esfuerzo
}
export-field-end-time = { $form ->
    [a] una hora de fin
   *[bare] hora de fin
}
export-field-entry-id = { $form ->
    [a] un id de la anotación
   *[bare] id de la anotación
}
export-field-exercise = { $form ->
    [a] un ejercicio
   *[bare] ejercicio
}
export-field-exercise-family = { $form ->
    [a] una familia de ejercicios
   *[bare] familia de ejercicios
}
export-field-first-day = { $form ->
    [a] un primer día
   *[bare] primer día
}
export-field-gentle-mark = { $form ->
    [a] una marca de suave
   *[bare] marca de suave
}
export-field-id = { $form ->
    [a] un id
   *[bare] id
}
export-field-kind-of-flare = { $form ->
    [a] un tipo de crisis de dolor
   *[bare] tipo de crisis de dolor
}
export-field-kind-of-reminder = { $form ->
    [a] un tipo de recordatorio
   *[bare] tipo de recordatorio
}
export-field-kind-of-rest-days = { $form ->
    [a] un tipo de días de descanso
   *[bare] tipo de días de descanso
}
export-field-kind-of-session = { $form ->
    [a] un tipo de sesión
   *[bare] tipo de sesión
}
export-field-kind-of-tag = { $form ->
    [a] un tipo de etiqueta
   *[bare] tipo de etiqueta
}
export-field-last-day = { $form ->
    [a] un último día
   *[bare] último día
}
export-field-level = { $form ->
    [a] un nivel
   *[bare] nivel
}
export-field-level-it-came-from = { $form ->
    [a] un nivel del que venía
   *[bare] nivel del que venía
}
export-field-level-it-went-to = { $form ->
    [a] un nivel al que pasó
   *[bare] nivel al que pasó
}
export-field-mark-for-the-surgeon = { $form ->
    [a] una marca para el cirujano
   *[bare] marca para el cirujano
}
export-field-medication-id = { $form ->
    [a] un id del medicamento
   *[bare] id del medicamento
}
export-field-mood = { $form ->
    [a] un estado de ánimo
   *[bare] estado de ánimo
}
export-field-name = { $form ->
    [a] un nombre
   *[bare] nombre
}
export-field-note = { $form ->
    [a] una nota
   *[bare] nota
}
export-field-number-of-repetitions = { $form ->
    [a] un número de repeticiones
   *[bare] número de repeticiones
}
export-field-number-of-rest-days = { $form ->
    [a] un número de días de descanso
   *[bare] número de días de descanso
}
export-field-number-of-seconds-held = { $form ->
    [a] un número de segundos sostenidos
   *[bare] número de segundos sostenidos
}
export-field-number-of-sets = { $form ->
    [a] un número de series
   *[bare] número de series
}
export-field-on-or-off-mark = { $form ->
    [a] una marca de encendido o apagado
   *[bare] marca de encendido o apagado
}
export-field-pain-level = { $form ->
    [a] un nivel de dolor
   *[bare] nivel de dolor
}
export-field-pain-score-after = { $form ->
    [a] un puntaje de dolor después
   *[bare] puntaje de dolor después
}
export-field-pain-score-before = { $form ->
    [a] un puntaje de dolor antes
   *[bare] puntaje de dolor antes
}
export-field-pain-score-during = { $form ->
    [a] un puntaje de dolor durante
   *[bare] puntaje de dolor durante
}
export-field-place-in-the-session = { $form ->
    [a] un lugar en la sesión
   *[bare] lugar en la sesión
}
export-field-planned-last-day = { $form ->
    [a] un último día planeado
   *[bare] último día planeado
}
export-field-question = { $form ->
    [a] una pregunta
   *[bare] pregunta
}
export-field-rating = { $form ->
    [a] una calificación
   *[bare] calificación
}
export-field-reason = { $form ->
    [a] un motivo
   *[bare] motivo
}
export-field-reason-details = { $form ->
    [a] unos detalles del motivo
   *[bare] detalles del motivo
}
export-field-reminder-id = { $form ->
    [a] un id del recordatorio
   *[bare] id del recordatorio
}
export-field-rest-days = { $form ->
    [a] unos días de descanso
   *[bare] días de descanso
}
export-field-result = { $form ->
    [a] un resultado
   *[bare] resultado
}
export-field-score-for-how-much-pain-got-in-the-way = { $form ->
    [a] un puntaje de cuánto estorbó el dolor
   *[bare] puntaje de cuánto estorbó el dolor
}
export-field-session-id = { $form ->
    [a] un id de la sesión
   *[bare] id de la sesión
}
export-field-sleep-score = { $form ->
    [a] un puntaje de sueño
   *[bare] puntaje de sueño
}
export-field-start-day = { $form ->
    [a] un día de inicio
   *[bare] día de inicio
}
export-field-start-time = { $form ->
    [a] una hora de inicio
   *[bare] hora de inicio
}
export-field-starting-level = { $form ->
    [a] un nivel inicial
   *[bare] nivel inicial
}
export-field-tag = { $form ->
    [a] una etiqueta
   *[bare] etiqueta
}
export-field-time = { $form ->
    [a] una hora
   *[bare] hora
}
export-field-time-it-was-added = { $form ->
    [a] una hora en que se agregó
   *[bare] hora en que se agregó
}
export-field-time-it-was-changed = { $form ->
    [a] una hora en que se cambió
   *[bare] hora en que se cambió
}
export-field-time-it-was-deleted = { $form ->
    [a] una hora en que se borró
   *[bare] hora en que se borró
}
export-field-time-it-was-handled = { $form ->
    [a] una hora en que se atendió
   *[bare] hora en que se atendió
}
export-field-time-it-was-made = { $form ->
    [a] una hora en que se hizo
   *[bare] hora en que se hizo
}
export-field-time-it-was-marked = { $form ->
    [a] una hora en que se marcó
   *[bare] hora en que se marcó
}
export-field-time-it-was-read = { $form ->
    [a] una hora en que se leyó
   *[bare] hora en que se leyó
}
export-field-time-it-was-retired = { $form ->
    [a] una hora en que se retiró
   *[bare] hora en que se retiró
}
export-field-time-of-the-answers = { $form ->
    [a] una hora de las respuestas
   *[bare] hora de las respuestas
}
export-field-time-of-the-decision = { $form ->
    [a] una hora de la decisión
   *[bare] hora de la decisión
}
export-field-time-zone = { $form ->
    [a] una zona horaria
   *[bare] zona horaria
}
export-field-times = { $form ->
    [a] unas horas
   *[bare] horas
}
export-field-usual-dose = { $form ->
    [a] una dosis habitual
   *[bare] dosis habitual
}
export-field-value = { $form ->
    [a] un valor
   *[bare] valor
}
export-field-weekly-goal = { $form ->
    [a] una meta semanal
   *[bare] meta semanal
}
export-field-body-site = { $form ->
    [a] una parte del cuerpo
   *[bare] parte del cuerpo
}
export-field-kind-of-pain = { $form ->
    [a] un tipo de dolor
   *[bare] tipo de dolor
}
export-field-thing-that-made-it-worse = { $form ->
    [a] una cosa que lo empeoró
   *[bare] cosa que lo empeoró
}
export-field-thing-that-made-it-better = { $form ->
    [a] una cosa que lo mejoró
   *[bare] cosa que lo mejoró
}
export-field-word = { $form ->
    [a] una palabra
   *[bare] palabra
}
export-field-field = { $form ->
    [a] un campo
   *[bare] campo
}

# Qué es un registro de la copia: "una anotación de dolor" ($form a), "la anotación de dolor 6f1c…"
# ($form named, con su $id), "anotación de dolor" si no.
export-record-medication = { $form ->
    [a] un medicamento
    [named] el medicamento { $id }
   *[bare] medicamento
}
export-record-pain-entry = { $form ->
    [a] una anotación de dolor
    [named] la anotación de dolor { $id }
   *[bare] anotación de dolor
}
export-record-exercise-session = { $form ->
    [a] una sesión de ejercicio
    [named] la sesión de ejercicio { $id }
   *[bare] sesión de ejercicio
}
export-record-exercise-level-for = { $form ->
    [a] un nivel de ejercicio de
    [named] el nivel de ejercicio de { $id }
   *[bare] nivel de ejercicio de
}
export-record-level-change = { $form ->
    [a] un cambio de nivel
    [named] el cambio de nivel { $id }
   *[bare] cambio de nivel
}
export-record-weekly-plan = { $form ->
    [a] un plan semanal
    [named] el plan semanal { $id }
   *[bare] plan semanal
}
export-record-pause = { $form ->
    [a] una pausa
    [named] la pausa { $id }
   *[bare] pausa
}
export-record-flare = { $form ->
    [a] una crisis de dolor
    [named] la crisis de dolor { $id }
   *[bare] crisis de dolor
}
export-record-safety-check = { $form ->
    [a] una prueba de seguridad
    [named] la prueba de seguridad { $id }
   *[bare] prueba de seguridad
}
export-record-read-mark-for-the-article = { $form ->
    [a] una marca de leído del artículo
    [named] la marca de leído del artículo { $id }
   *[bare] marca de leído del artículo
}
export-record-warning-sign-check = { $form ->
    [a] una prueba de señales de alarma
    [named] la prueba de señales de alarma { $id }
   *[bare] prueba de señales de alarma
}
export-record-activity = { $form ->
    [a] una actividad
    [named] la actividad { $id }
   *[bare] actividad
}
export-record-activity-rating = { $form ->
    [a] una calificación de actividad
    [named] la calificación de actividad { $id }
   *[bare] calificación de actividad
}
export-record-reminder = { $form ->
    [a] un recordatorio
    [named] el recordatorio { $id }
   *[bare] recordatorio
}
export-record-setting = { $form ->
    [a] un ajuste
    [named] el ajuste { $id }
   *[bare] ajuste
}

# Una parte de un registro (una etiqueta de una anotación): "una etiqueta" ($form a), "la misma
# etiqueta" ($form same).
export-part-tag = { $form ->
    [a] una etiqueta
    [same] la misma etiqueta
   *[bare] etiqueta
}
export-part-dose = { $form ->
    [a] una dosis
    [same] la misma dosis
   *[bare] dosis
}
export-part-exercise = { $form ->
    [a] un ejercicio
    [same] el mismo ejercicio
   *[bare] ejercicio
}
export-part-answer = { $form ->
    [a] una respuesta
    [same] la misma respuesta
   *[bare] respuesta
}
export-part-line-of-its-log = { $form ->
    [a] una línea de su registro
    [same] la misma línea de su registro
   *[bare] línea de su registro
}

# Restaurar una copia de seguridad (store/backup.rs): cada problema es una oración completa.
export-restore-unknown-table = La copia de seguridad tiene una tabla que esta versión no conoce: "{ $table }".
export-restore-copy-moved = La copia del diario que se guardó antes de reemplazarlo se movió mientras empezaba la restauración. No se restauró nada.
export-restore-unknown-field = La copia de seguridad no es válida: la fila { $row } de "{ $table }" tiene un campo desconocido, "{ $name }". No se restauró nada.
export-restore-not-whole-number = La copia de seguridad no es válida: "{ $table }.{ $name }" en la fila { $row } no es un número entero. No se restauró nada.
export-restore-should-be-number = La copia de seguridad no es válida: "{ $table }.{ $name }" en la fila { $row } debe ser un número. No se restauró nada.
export-restore-should-be-text = La copia de seguridad no es válida: "{ $table }.{ $name }" en la fila { $row } debe ser texto. No se restauró nada.
# Guardar encima de uno de los archivos del diario (store/own_files.rs).
export-own-file-refused = BackTrack no va a escribir ahí: { $path } es uno de los archivos de su diario, y escribir encima lo destruiría. No se escribió nada. Elija otro nombre u otra carpeta.
