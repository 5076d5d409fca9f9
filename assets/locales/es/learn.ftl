# learn: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "learn-".

## La prueba de señales de alarma (src-tauri/domain/learn/red_flags). Una pregunta por señal, en el orden en que se hacen.
learn-red-flag-saddle-numbness = ¿Tiene adormecimiento u hormigueo en la parte del cuerpo con la que se sienta: entre las piernas, en las nalgas o en la parte de adentro de los muslos?
learn-red-flag-saddle-numbness-hint = Por ejemplo, siente diferente el papel de baño cuando se limpia.
learn-red-flag-bladder-bowel = ¿Desde hace poco le cuesta empezar a orinar o aguantarse, o ha perdido el control del intestino?
learn-red-flag-bladder-bowel-hint = Cuenta aunque no sienta dolor ahí, o aunque no pueda sentir cuándo tiene la vejiga llena.
learn-red-flag-sexual-function = ¿Ha tenido problemas nuevos en su vida sexual, como menos sensibilidad en los genitales o problemas para tener una erección?
learn-red-flag-both-legs = ¿Tiene dolor, adormecimiento u hormigueo nuevo en las dos piernas?
learn-red-flag-legs-weaker = ¿Se le están debilitando las piernas, de modo que un pie se le arrastra o una pierna se le dobla?
learn-red-flag-legs-weaker-hint = Conteste que sí si esto empeora en cuestión de horas o de días.
learn-red-flag-fever-unwell = ¿Tiene fiebre, o se siente acalorado, con escalofríos o mal en general, además del dolor de espalda?
learn-red-flag-weight-loss = ¿Ha bajado de peso últimamente sin tratar de hacerlo?
learn-red-flag-cancer-history = ¿Ha tenido cáncer, y este dolor de espalda es nuevo o es diferente del dolor de espalda que tenía antes?
learn-red-flag-cancer-history-hint = Haber tenido cáncer importa más cuando el dolor de espalda es nuevo o ha cambiado.
learn-red-flag-night-pain = ¿El dolor es fuerte en la noche, y sigue fuerte cuando descansa o cambia de posición?
learn-red-flag-fall-injury = ¿El dolor empezó después de una caída fuerte, un choque de carro u otra lesión grave?
learn-red-flag-minor-fall-older = ¿El dolor empezó después de una caída, un golpe o un esfuerzo pequeño, y usted es una persona mayor o tiene los huesos débiles (osteoporosis)?
learn-red-flag-minor-fall-older-hint = En las personas mayores o con los huesos débiles, hasta una caída pequeña puede romper un hueso de la espalda.
learn-red-flag-steroid-tablets = ¿Ha tomado pastillas de esteroides, como prednisona, por mucho tiempo?
learn-red-flag-steroid-tablets-hint = Por ejemplo, todos los días por tres meses o más.
learn-red-flag-weak-immune = ¿Tiene las defensas bajas por la quimio, un trasplante, el VIH o una medicina que las baja?
learn-red-flag-weak-immune-hint = La quimio es la quimioterapia, un tratamiento contra el cáncer. Pregúntele a su farmacéutico si no sabe bien qué hace una medicina.
learn-red-flag-injected-drugs = ¿Se inyecta drogas que no le dio un médico?
learn-red-flag-injected-drugs-hint = Un médico pregunta esto porque puede aumentar el riesgo de una infección en la columna.

# Las respuestas de la prueba, como las lee la persona.
learn-answer-yes = Sí
learn-answer-no = No
learn-answer-not-sure = No sé
# Respuestas que la prueba no puede aceptar; $id y $ids son ids de preguntas.
learn-red-flag-unknown-question = "{ $id }" no es una pregunta de esta prueba.
learn-red-flag-bad-answer = La respuesta a { $id } tiene que ser sí, no o no sé, no "{ $answer }".
learn-red-flag-answered-twice = { $id } tiene más de una respuesta.
learn-red-flag-unanswered = Por favor, conteste todas las preguntas. Faltan por contestar: { $ids }.
learn-red-flag-also-unanswered = Sin contestar: { $ids }.

## Lo que quiere decir cada resultado de la prueba (red_flags::Outcome::words)
learn-outcome-emergency-heading = Busque ayuda ahora
learn-outcome-emergency-step-call = Llame al 911 o vaya a la sala de emergencias más cercana ahora. Fuera de EE. UU., llame al número de emergencias de donde esté, como el 999 en el Reino Unido o el 112 en Europa.
learn-outcome-emergency-step-wait = No espere a ver si se mejora.
learn-outcome-emergency-step-company = Si puede, vaya con alguien.
learn-outcome-emergency-short = Busque ayuda ahora
learn-outcome-same-day-heading = Pida consejo médico hoy
learn-outcome-same-day-step-doctor = Llame hoy al consultorio de su médico de cabecera.
learn-outcome-same-day-step-closed = Si el consultorio está cerrado, llame a una línea de consejos de enfermería o vaya a atención urgente. En el Reino Unido, llame al NHS 111.
learn-outcome-same-day-step-worse = Si se pone peor mientras espera, o si empieza una señal de alarma nueva, busque ayuda ahora.
learn-outcome-same-day-short = Pida consejo médico hoy
learn-outcome-none-heading = No tiene ninguna de las señales de alarma por las que se le preguntó
learn-outcome-none-step = Esto no descarta todos los problemas. Si se siente peor o algo le preocupa, pida consejo médico.
learn-outcome-none-short = Ninguna de las señales de alarma preguntadas

## La biblioteca de artículos (src-tauri/app/learn.rs)
learn-article-not-found = No hay ningún artículo llamado "{ $slug }".
