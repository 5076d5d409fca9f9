# common: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "common-".

## Fechas y horas que escribe la persona (src-tauri/domain/dates.rs, local_time.rs)
common-date-format = Escriba una fecha como 2026-03-14.
common-date-out-of-range = Escriba una fecha entre { $first } y { $last }.
common-date-end-before-start = La fecha final tiene que ser el mismo día que la fecha inicial, o después.
common-date-time-format = Escriba una fecha y una hora, como 2026-03-14 08:30.
common-time-in-future = Esa hora todavía no llega. Elija ahora o una hora más temprana.

## Notas y escalas del 0 al 10, para el diario, las sesiones y la revisión semanal
common-note-too-long = Las notas pueden tener hasta { $max } caracteres. Esta tiene { $count }.
# $scale dice qué respuesta es: intensity, sleep, interference, pain_before, pain_after, pain_during, effort, rating.
common-scale-not-whole = { $scale ->
        [intensity] El nivel de dolor
        [sleep] El sueño
        [interference] El efecto en su vida diaria
        [pain_before] El dolor de antes
        [pain_after] El dolor de después
        [pain_during] El dolor durante los ejercicios
        [effort] El esfuerzo
       *[rating] La calificación
    } tiene que ser un número entero del 0 al 10.
common-scale-out-of-range = { $scale ->
        [intensity] El nivel de dolor
        [sleep] El sueño
        [interference] El efecto en su vida diaria
        [pain_before] El dolor de antes
        [pain_after] El dolor de después
        [pain_during] El dolor durante los ejercicios
        [effort] El esfuerzo
       *[rating] La calificación
    } tiene que estar entre 0 y 10.
