# program: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "program-".

## La revisión de seguridad antes del programa (src-tauri/domain/program/safety.rs)
program-safety-recent-surgery = ¿Lo han operado de la espalda o de la cadera en los últimos 6 meses?
program-safety-hip-replacement = ¿Tiene un reemplazo de cadera?
program-safety-hip-replacement-hint = Cuenta aunque se lo hayan hecho hace años.
program-safety-pregnancy = ¿Está embarazada?
program-safety-osteoporosis = ¿Le han dicho que tiene osteoporosis (huesos delgados y débiles)?
program-safety-floor-trouble = ¿Le cuesta trabajo bajar al piso o volver a levantarse?
program-safety-balance-trouble = ¿Tiene problemas de equilibrio, o se ha caído en el último año?
program-start-modified = Versiones más suaves, con movimientos más pequeños. Son buenas si ahora le cuesta moverse o si apenas empieza a hacer ejercicio.
program-start-standard = Las versiones de siempre. Ya están pensadas para personas con dolor de espalda.
program-safety-answer-yes-no = Por favor, conteste sí o no.
program-safety-starting-level = Elija con qué versión empezar: modificada o estándar.
program-safety-advice-recent-surgery = Hace poco lo operaron de la espalda o de la cadera. Pregúntele a su cirujano o a su fisioterapeuta antes de empezar, y siga el plan que le dieron.
program-safety-advice-hip-replacement = Con un reemplazo de cadera, BackTrack quita los estiramientos en forma de cuatro. Pregúntele a su cirujano o a su fisioterapeuta qué movimientos de cadera son seguros para usted.
program-safety-advice-pregnancy = Durante el embarazo, BackTrack quita los ejercicios que se hacen acostada boca arriba. Pregúntele a su médico, a su partera o a su fisioterapeuta qué ejercicios le convienen.
program-safety-advice-osteoporosis = Con osteoporosis, evite agacharse hacia adelante cargando peso o torcerse con fuerza. Pregúntele a su médico o a su fisioterapeuta antes de empezar.
program-safety-advice-floor-trouble = Los ejercicios en el piso se muestran con la forma de hacerlos en una cama firme, y los demás se cambian por ejercicios de pie o sentado.
program-safety-advice-balance-trouble = Los ejercicios en una sola pierna o sin apoyo se cambian por otros en los que usted se sostiene de la barra de la cocina o de una silla.

## Señales que paran cualquier sesión (src-tauri/domain/program/session/mod.rs)
program-stop-chest = Dolor, presión o una sensación de apretón en el pecho
program-stop-faint = Sentir que se va a desmayar, mareo o la cabeza ligera
program-stop-breath = Que le falte el aire mucho más de lo normal para el esfuerzo que hace
program-stop-nerves = Adormecimiento o debilidad nueva en las piernas, o adormecimiento entre las piernas
program-stop-advice = Pare y descanse. Llame al 911 si el dolor de pecho no se le quita en unos minutos, o si tiene adormecimiento entre las piernas o problemas para controlar la orina o el excremento. Si es otra de estas señales, hable con un médico antes de su próxima sesión.

## Las revisiones de una sesión (src-tauri/domain/program/session/mod.rs)
program-exercise-missing = Falta elegir el ejercicio.
program-exercise-unknown = "{ $exercise }" no es un ejercicio que BackTrack conozca.
program-counted-in-reps = { $exercise } se cuenta en repeticiones, no en segundos.
program-counted-in-seconds = { $exercise } es un ejercicio de sostener la posición: se cuenta en segundos, no en repeticiones.
# $unit es sets, repetitions o seconds.
program-count-not-whole = { $unit ->
        [sets] Escriba un número entero de series, 0 o más.
        [repetitions] Escriba un número entero de repeticiones, 0 o más.
       *[seconds] Escriba un número entero de segundos, 0 o más.
    }
program-count-too-many = { $unit ->
        [sets] Eso es más del doble de las series que pide este ejercicio (se pueden anotar hasta { $max }).
        [repetitions] Eso es más del doble de las repeticiones que pide este ejercicio (se pueden anotar hasta { $max }).
       *[seconds] Eso es más del doble de los segundos que pide este ejercicio (se pueden anotar hasta { $max }).
    }
program-minutes-range = Escriba un número entero de minutos del 1 al { $max }.
program-session-ends-in-future = Con esta duración, la sesión terminaría en el futuro. Revise la hora de inicio o los minutos.
program-too-many-exercises = Una sesión puede tener hasta { $max } ejercicios.
program-exercise-twice = Cada ejercicio se puede poner una sola vez en cada sesión.

## Cambios de nivel y las sugerencias que los explican (src-tauri/domain/program/suggestions, decisions.rs)
# $level, $from y $to son el nombre interno de un nivel: modified, standard, harder o water.
program-step-back-try-pool = Podría probar { $family } en la alberca por un tiempo.
program-step-back-try-level = { $level ->
        [modified] Podría probar la versión modificada de { $family } por un tiempo.
        [standard] Podría probar la versión estándar de { $family } por un tiempo.
        [harder] Podría probar la versión más difícil de { $family } por un tiempo.
       *[water] Podría probar la versión de alberca de { $family } por un tiempo.
    }
program-step-back-gentlest = Esta ya es la versión más suave de { $family }. Por unos días, haga menos repeticiones, hágalo en una cama firme, o mejor dé una caminata tranquila. Moverse con suavidad ayuda más que el reposo.
program-why-next-day-above-usual = Su dolor el día después de la sesión fue de { $next }. Eso está 2 puntos o más arriba de su dolor de siempre, que es de { $usual }.
program-why-above-ceiling = El dolor durante los ejercicios llegó a { $during } de 10. Para usted, está bien hasta { $ceiling }.
program-why-rose-during-session = Su dolor pasó de { $before } antes de la sesión a { $after } después.
program-why-rose-next-day = Su siguiente anotación en el diario después de la sesión fue de { $next }, arriba de su dolor de siempre de { $baseline } en la semana anterior.
program-why-too-much-during = El dolor durante los ejercicios llegó a { $during } de 10.
program-step-up = Su dolor se ha mantenido igual o ha bajado en las últimas dos semanas (promedio de { $earlier } y luego de { $later }), y usted hizo ejercicio { $done } de { $goal } días planeados. Podría probar la versión { $level ->
        [modified] modificada
        [standard] estándar
        [harder] más difícil
       *[water] de alberca
    } de { $family }.
program-moved-level = Usted cambió { $family } de la versión { $from ->
        [modified] modificada
        [standard] estándar
        [harder] más difícil
       *[water] de alberca
    } a la versión { $to ->
        [modified] modificada
        [standard] estándar
        [harder] más difícil
       *[water] de alberca
    }.
program-unknown-family = "{ $family_id }" no es un tipo de ejercicio que BackTrack conozca.
program-not-a-level = "{ $level }" no es un nivel. Elija modified (modificada), standard (estándar), harder (más difícil) o water (en el agua).
program-family-lacks-level = { $family } no tiene versión { $level ->
        [modified] modificada
        [standard] estándar
        [harder] más difícil
       *[water] de alberca
    }.
program-family-already-at-level = { $family } ya está en la versión { $level ->
        [modified] modificada
        [standard] estándar
        [harder] más difícil
       *[water] de alberca
    }.
program-suggestion-gone = Esa sugerencia ya no está esperando una decisión. Se actualizó la pantalla del Programa.
program-suggestion-changed = La sugerencia cambió desde que se mostró. Por favor, véala otra vez.

## La regla del dolor, como la dice la pantalla del Programa (src-tauri/domain/program/progression). Palabra por palabra como en pain-during-exercise.md.
program-pain-rule-during = El dolor durante el ejercicio está bien hasta 5 de 10. Si su dolor de siempre es de 5 o más, está bien hasta 1 punto arriba de su dolor de siempre.
program-pain-rule-after = El dolor puede subir un rato después de una sesión. Eso está bien si se calma para el día siguiente.
program-pain-rule-next-day = Si al día siguiente su dolor está 2 puntos o más arriba de su dolor de siempre, BackTrack le sugiere una versión más fácil.
program-pain-rule-usual = Su dolor de siempre es el promedio de su diario en los 7 días antes de la sesión, redondeado a un número entero. Si no anotó nada en el diario esa semana, es el dolor que marcó justo antes de la sesión.

## Crisis de dolor (src-tauri/domain/program/flare.rs, src-tauri/app/flare.rs). Los días se escriben AAAA-MM-DD.
program-flare-days-range = Elija de 1 a { $max } días.
program-flare-mode-missing = Elija si quiere pausar el programa o quedarse con días suaves.
program-flare-already-marked = Ya hay una crisis de dolor marcada hasta el { $last_day }. Puede terminarla o hacerla más larga.
program-flare-last-day-range = Elija un día entre hoy y el { $latest }, { $max } días desde que empezó esta crisis de dolor.
program-flare-none-today = No hay ninguna crisis de dolor marcada para hoy.

## El plan de constancia: meta semanal, días de descanso y pausas (src-tauri/domain/program/habit_plan.rs)
program-weekly-goal-range = Elija una meta semanal de 1 a 7 sesiones.
program-rest-days-range = Elija de 0 a 6 días de descanso por semana, para que quede por lo menos un día para una sesión.
program-rest-weekdays-all = Deje por lo menos un día de la semana sin descanso planeado.
program-goal-above-room = { $rest ->
        [one] Con 1 día de descanso por semana
       *[other] Con { $rest } días de descanso por semana
    } { $room ->
        [one] hay lugar para 1 sesión.
       *[other] hay lugar para { $room } sesiones.
    } Baje la meta o planee menos días de descanso.
program-pause-end-before-start = La pausa tiene que terminar el mismo día en que empieza, o después.
program-pause-too-long = Una pausa puede durar hasta { $max } días. Para un descanso más largo, agregue otra pausa después de esta.
program-pause-reason-too-long = Un motivo puede tener hasta { $max } caracteres. Este tiene { $count }.

## El calendario de progreso (src-tauri/domain/program/progress/calendar.rs)
program-calendar-days-missing = Escriba el primer y el último día del calendario.
program-calendar-too-long = El calendario puede mostrar hasta { $max } días.
