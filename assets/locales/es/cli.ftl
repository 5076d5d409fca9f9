# cli: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "cli-".
# Los mensajes y preguntas de la línea de comandos (src-tauri/cli). Las fechas van como
# AAAA-MM-DD, la forma que la línea de comandos lee y escribe. La ayuda de clap (--help)
# sigue en inglés.

cli-no-data-dir = No se encontró ninguna carpeta de datos. Ponga en BACKTRACK_DATA_DIR la carpeta del diario.
cli-summary-failed = No se pudo escribir el resumen: { $reason }
cli-print-failed = No se pudo mostrar la respuesta: { $reason }
cli-read-failed = No se pudo leer { $path }: { $reason }
cli-read-answer-failed = No se pudo leer la respuesta de la entrada estándar: { $reason }
cli-read-terminal-failed = No se pudo leer la terminal: { $reason }

cli-date-not-a-date = --{ $flag } debe ser una fecha como 2026-03-14, no "{ $text }".
cli-date-out-of-range = --{ $flag } debe ser una fecha entre { $first } y { $last }, no "{ $text }".
cli-date-end-before-start = --to debe ser el mismo día que --from o después.

cli-wrote = Se escribió { $path } ({ $bytes } bytes).
cli-wrote-backup = Se escribió la copia de seguridad en { $path } ({ $bytes } bytes).
cli-wrote-encrypted-backup = Se escribió una copia de seguridad cifrada en { $path } ({ $bytes } bytes).
cli-prompt-backup-passphrase = Frase de contraseña de la copia de seguridad:
cli-restore-confirm = Esto reemplaza todo lo que hay en el diario con la copia de seguridad (antes se guarda una copia del diario). Escriba sí para seguir:
# La palabra que confirma un reemplazo, además de "yes".
cli-confirm-word = sí
cli-restore-not-confirmed = No se restauró nada: no se confirmó el reemplazo del diario.

cli-summary-range = del { $from } al { $to }
cli-summary-pain = Dolor: promedio { $average }, mínimo { $lowest }, máximo { $highest }, { $entries ->
        [one] 1 anotación
       *[other] { $entries } anotaciones
    }
cli-summary-no-pain = Dolor: no hay anotaciones entre estas fechas.
cli-summary-change = Cambio: { $points } puntos, importante: { $important }
cli-summary-function = Función: promedio de { $first } a { $latest } ({ $change }), importante: { $important }
cli-summary-program = Racha { $streak } (la más larga: { $longest }), meta semanal cumplida { $met } de { $weeks } semanas, fuerza { $strength }%
cli-yes-no = { $value ->
    [true] sí
   *[false] no
}

cli-nothing-saved = No se guardó nada. { $details }
cli-saved = Guardado: dolor { $intensity } de 10 a las { $time }
cli-saved-places = Guardado: dolor { $intensity } de 10 a las { $time }, { $places }.
cli-saved-for-surgeon = Guardado: dolor { $intensity } de 10 a las { $time }, marcado para su cirujano.
cli-saved-places-for-surgeon = Guardado: dolor { $intensity } de 10 a las { $time }, { $places }, marcado para su cirujano.
cli-note = Nota: { $note }
cli-offer-red-flag-check = Un dolor así puede ser una señal de alarma. Abra BackTrack y vaya a Aprender para revisarlo.

cli-needs-secret = { $secret ->
    [recovery-code] Esto necesita el código de recuperación. Escríbalo en una terminal, o ponga en { $variable } el nombre de un archivo que lo tenga.
    [backup-passphrase] Esto necesita la frase de contraseña de la copia de seguridad. Escríbala en una terminal, o ponga en { $variable } el nombre de un archivo que la tenga.
   *[passphrase] Esto necesita la frase de contraseña. Escríbala en una terminal, o ponga en { $variable } el nombre de un archivo que la tenga.
}
cli-prompt-again = Escríbala otra vez:
cli-passphrases-differ = Las dos frases de contraseña no son iguales. No se cambió nada.
