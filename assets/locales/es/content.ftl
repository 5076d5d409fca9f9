# content: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "content-".

# Un aviso que acompaña a cada versión de un ejercicio en la piscina.
content-care-pool = Haga ejercicio en la piscina solo cuando haya alguien más cerca, como un salvavidas o una persona conocida. Si se marea o se siente mal, salga del agua y descanse.
