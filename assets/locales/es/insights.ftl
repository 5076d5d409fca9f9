# insights: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "insights-".

## Las fechas que abarca Tendencias (src-tauri/app/insights.rs)
insights-last-day-in-future = Elija un último día que sea hoy o antes.
insights-first-day-after-last = Elija un primer día que sea el mismo que el último día, o antes.
