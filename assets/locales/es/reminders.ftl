# reminders: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "reminders-".
# Las notificaciones de los recordatorios (src-tauri/reminders/text.rs) y los botones de una
# notificación en Linux.

reminders-diary-title = ¿Cómo está su espalda hoy?
reminders-diary-body = Anotar un número del 0 al 10 toma unos diez segundos.
reminders-diary-streak-body = Ya lleva { $days } días seguidos anotando. Una anotación rápida mantiene su racha.
reminders-nudge-body = Ayer quedó sin anotación, y no pasa nada. Una anotación rápida hoy mantiene útil su diario del dolor.
reminders-workout-title = Hora de su rutina de glúteos y abdomen
reminders-workout-body = Son unos 10 a 15 minutos. Una sesión corta o suave también cuenta.
reminders-workout-streak-body = Su racha es de { $days } días activos. Una sesión corta o suave la mantiene.
reminders-check-in-title = Su revisión semanal
reminders-check-in-body = ¿Qué tan bien puede hacer sus actividades esta semana? Calificarlas toma como un minuto.
reminders-check-in-name-body = Nombre hasta 3 cosas que su espalda le hace difíciles, y califíquelas una vez por semana.

reminders-action-open = Abrir BackTrack
reminders-action-log-pain = Anotar dolor
reminders-action-start-session = Empezar sesión
reminders-action-later = Más tarde
