# diary: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "diary-".

## Las revisiones de una anotación de dolor (src-tauri/domain/diary/mod.rs)
diary-intensity-missing = Elija un nivel de dolor del 0 al 10.
# $list es el campo donde vino la palabra: sites, qualities, worse o better.
diary-unknown-word = { $list ->
        [sites] "{ $word }" no es un lugar del cuerpo que BackTrack conozca.
        [qualities] "{ $word }" no es un tipo de dolor que BackTrack conozca.
        [worse] "{ $word }" no está en la lista de cosas que empeoran el dolor.
       *[better] "{ $word }" no está en la lista de cosas que alivian el dolor.
    }
diary-not-a-choice = "{ $word }" no es una de las opciones.
diary-medication-not-on-list = Elija los medicamentos de su lista. Uno de ellos no está en la lista.
diary-dose-too-long = Una dosis puede tener hasta { $max } caracteres.
diary-medication-twice = Cada medicamento se puede poner una sola vez en cada anotación.
# Un medicamento que nombra una anotación y que ya no está en la lista (el informe y Tendencias).
diary-unknown-medication = medicamento desconocido

## La lista de medicamentos (src-tauri/domain/diary/medication.rs)
diary-medication-name-missing = Escriba el nombre del medicamento.
diary-medication-name-too-long = Un nombre puede tener hasta { $max } caracteres.
diary-medication-already-listed = Este medicamento ya está en su lista.

## Páginas del Historial (src-tauri/domain/diary/history_pages/mod.rs)
diary-no-such-page = { $count ->
        [1] Esa página de anotaciones no existe. Solo hay una página.
       *[other] Esa página de anotaciones no existe. Elija una página del 1 al { $count }.
    }

## La revisión semanal de actividades (src-tauri/domain/function_scale, src-tauri/app/function_scale.rs)
diary-activity-name-missing = Escriba el nombre de una actividad, como "ver una película sentado".
diary-activity-name-too-long = Un nombre puede tener hasta { $max } caracteres. Este tiene { $count }.
diary-activity-too-many = Puede seguir hasta { $max } actividades a la vez. Retire una para agregar otra.
diary-activity-already-followed = Usted ya sigue esta actividad.
diary-activity-not-found = No se encontró esta actividad. Tal vez se quitó.
diary-activity-retired = Esta actividad está retirada. Vuelva a agregarla para calificarla.
diary-rating-missing = Elija un número del 0 (no lo puedo hacer) al 10 (igual que antes del dolor).
diary-check-in-rate-one = Califique por lo menos una actividad.
diary-check-in-rated-twice = Esta actividad está calificada dos veces en la misma revisión.

## Las palabras fijas del diario (src-tauri/domain/vocabulary.rs). Los ids terminan en el nombre interno.
# Lugares del mapa del cuerpo
diary-site-lower_back_left = Parte baja de la espalda, lado izquierdo
diary-site-lower_back_centre = Parte baja de la espalda, al centro
diary-site-lower_back_right = Parte baja de la espalda, lado derecho
diary-site-buttock_left = Nalga izquierda
diary-site-buttock_right = Nalga derecha
diary-site-hip_left = Cadera izquierda
diary-site-hip_right = Cadera derecha
diary-site-thigh_back_left = Parte de atrás del muslo izquierdo
diary-site-thigh_back_right = Parte de atrás del muslo derecho
diary-site-below_knee_left = Pierna izquierda, debajo de la rodilla
diary-site-below_knee_right = Pierna derecha, debajo de la rodilla
# Cómo se siente el dolor
diary-quality-aching = Dolor sordo
diary-quality-sharp = Dolor agudo
diary-quality-burning = Ardor
diary-quality-shooting = Como un toque eléctrico
diary-quality-tingling = Hormigueo
diary-quality-numb = Adormecimiento
diary-quality-stiff = Rigidez
# Qué empeoró el dolor
diary-worse-sitting = Estar sentado
diary-worse-standing = Estar de pie
diary-worse-walking = Caminar
diary-worse-bending = Agacharse
diary-worse-lifting = Levantar cosas
diary-worse-exercise = Hacer ejercicio
diary-worse-lying_down = Estar acostado
diary-worse-other = Otra cosa
# Qué alivió el dolor
diary-better-rest = Descansar
diary-better-heat = Calor
diary-better-ice = Hielo
diary-better-movement = Moverse
diary-better-stretching = Estirarse
diary-better-medication = Medicamento
diary-better-other = Otra cosa
# Si el dolor baja por una pierna
diary-leg-no = No
diary-leg-left = Sí, la pierna izquierda
diary-leg-right = Sí, la pierna derecha
diary-leg-both = Sí, las dos piernas
# Estado de ánimo
diary-mood-very_low = Muy mal
diary-mood-low = Mal
diary-mood-okay = Regular
diary-mood-good = Bien
diary-mood-very_good = Muy bien
