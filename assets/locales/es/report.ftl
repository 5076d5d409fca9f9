# report: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "report-".
# El informe en PDF para el cirujano de columna (src-tauri/export/pdf). Las fechas llegan ya
# escritas en el idioma del informe; los números llegan ya redondeados.

report-title = BackTrack: informe de dolor y ejercicio para el cirujano
report-dates-covered = Fechas del informe: del { $from } al { $to } ({ $days } días). Hecho el { $made_on }.
report-document-title = Informe de BackTrack del { $from } al { $to }
report-footer = { $title } - página { $page } de { $pages }
report-failed = No se pudo hacer el informe en PDF: { $reason }

# "1 día", "3 días"
report-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
report-none-recorded = Nada anotado.
# "Nalga izquierda: 3"
report-count = { $name }: { $count }

report-red-flags-heading = Señales de alarma
report-red-flags-none-taken = No se hizo ninguna prueba de señales de alarma en estas fechas.
report-red-flags-none-reported = Ninguna señal en { $checks } pruebas de señales de alarma.
report-urgency-emergency = EMERGENCIA
report-urgency-same-day = EL MISMO DÍA
report-red-flag = { $day } - { $urgency }: { $answers }

report-pain-heading = Dolor (0-10)
report-pain-figures = Promedio { $average }, mínimo { $lowest }, máximo { $highest }, de { $entries } anotaciones en { $days } días.
report-change = Cambio: { $baseline } del { $baseline_from } al { $baseline_to } frente a { $latest } del { $latest_from } al { $latest_to }: { $points } puntos.
report-change-with-percent = Cambio: { $baseline } del { $baseline_from } al { $baseline_to } frente a { $latest } del { $latest_from } al { $latest_to }: { $points } puntos, { $percent }%.
report-change-important = Cambio clínicamente importante (al menos { $min_points } puntos o { $min_percent }%).
report-change-not-important = No es un cambio clínicamente importante (al menos { $min_points } puntos o { $min_percent }%).
report-change-unknown = Cambio: no hay suficientes anotaciones al principio y al final de estas fechas.
report-trend-chart = Gráfica del dolor de cada día del { $from } al { $to }: el promedio (azul) y el máximo (gris) de cada día, en una escala de 0 a 10.
report-trend-average = Azul: promedio del día
report-trend-high = Gris: máximo del día

report-leg-heading = Síntomas en la pierna
report-leg-figures = Días con dolor debajo de la rodilla o adormecimiento: { $any } de { $logged } días anotados. Dolor debajo de la rodilla: { $below_knee }. Adormecimiento u hormigueo: { $numbness }. Dolor que baja por la pierna: { $down_leg }.

report-function-heading = Función (actividades propias, 0 no lo puede hacer - 10 igual que antes del dolor)
report-function-none = No se calificó ninguna actividad en estas fechas.
report-activity-retired = { $name } (retirada)
report-activity-change = { $name } de { $first } a { $latest } ({ $change })
report-activity-change-important = { $name } de { $first } a { $latest } ({ $change }, clínicamente importante)
report-activity-one-rating = { $name } { $score } (una calificación)
report-activity-not-rated = { $name } (sin calificar)
report-function-mean = Promedio de { $activities } actividades de { $first } a { $latest } ({ $change })
report-function-mean-important = Promedio de { $activities } actividades de { $first } a { $latest } ({ $change }, clínicamente importante)
report-function-no-mean = Todavía no hay cambio del promedio (hacen falta dos calificaciones de una actividad)
report-function-figures = Primera y última calificación: { $ratings }. { $mean }; { $threshold } puntos o más es importante ({ $source }).

report-sites-heading = Dónde duele (anotaciones que nombran cada lugar)
report-factors-heading = Qué lo empeoró o lo mejoró (anotaciones)
report-worse = Peor: { $list }
report-better = Mejor: { $list }
report-clear-differences = Diferencias claras en el dolor, días con y sin (el intervalo de 95% no incluye 0; es una asociación, no una causa): { $list }.
report-clear-difference = { $factor } { $with } frente a { $without } ({ $with_days } / { $without_days } días)
report-factor-worse = peor con { $name }
report-factor-better = mejor con { $name }
report-factor-quality = se sintió { $name }
report-factor-medication = tomó { $name }
report-factor-sleep = { $band ->
    [poor] mal sueño la noche anterior
    [fair] sueño regular la noche anterior
    [good] buen sueño la noche anterior
   *[other] sueño { $band } la noche anterior
}

report-medication-heading = Medicamentos
report-medication-use = { $name }: tomado { $times } veces en { $days } días

report-sleep-heading = Sueño y actividades diarias
report-sleep-figures = Calidad del sueño (0 mala - 10 buena): { $sleep } ({ $sleep_answers } respuestas). Cuánto estorba el dolor en las actividades diarias (0 nada - 10 por completo): { $interference } ({ $interference_answers } respuestas).

report-program-heading = Programa de ejercicio
report-program-figures = { $sessions } sesiones en { $active_days }. Meta semanal: { $goal } por semana, cumplida en { $met } de { $weeks } semanas completas. Racha al final: { $streak } (la más larga: { $longest }). Fuerza del hábito { $strength }%.
report-week-chart = Gráfica de barras de las sesiones de ejercicio de cada semana, desde la semana del { $from } hasta el { $to }, con la meta semanal de { $goal } días como una línea.
report-week-legend = Barras: sesiones de cada semana, en azul cuando se cumplió la meta. Línea roja: la meta semanal (días activos).
report-levels = Niveles actuales: { $list }
report-level = { $family }: { $level }
report-level-since = { $family }: { $level } desde el { $since }
report-level-name = { $level ->
    [modified] Modificado
    [standard] Estándar
    [harder] Más difícil
    [water] En el agua
   *[other] { $level }
}
report-direction = { $direction ->
    [step_back] Bajó de nivel
    [step_up] Subió de nivel
    [manual] Cambio a mano
   *[other] { $direction }
}
report-level-change = { $day } { $family }: { $direction } de { $from } a { $to }. Por qué: { $reason }
report-level-same-gently = el mismo nivel, con suavidad
report-flares = Crisis de dolor anotadas: { $list }
report-flare = del { $from } al { $to } ({ $days }, { $mode })
report-flare-paused = programa en pausa
report-flare-gentle = días suaves

report-notes-heading = Notas para el cirujano
report-notes-none = Ninguna marcada.
report-note = { $day } (dolor { $intensity }): { $note }

report-log-heading = Registro diario
report-log-empty = No hay anotaciones del diario en estas fechas.
report-log-day = Día
report-log-time = Hora
report-log-pain = Dolor
report-log-where = Dónde
report-log-leg = Pierna
report-log-worse = Peor
report-log-better = Mejor
report-log-medication = Medicamento
report-log-note = Nota
report-log-unknown-medication = desconocido
