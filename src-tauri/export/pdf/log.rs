//! The later pages: every diary entry of the range as a table row, oldest first, with the
//! header row repeated on each page.

use std::collections::HashMap;

use uuid::Uuid;

use crate::domain::diary::PainEntry;

use super::layout::{fit, BlockKind, Layout, Op, INK, LIGHT, MARGIN};

const SIZE: f32 = 7.0;
const ROW: f32 = 10.5;
/// Column titles and their share of the content width.
const COLUMNS: [(&str, f32); 9] = [
    ("Day", 0.10),
    ("Time", 0.06),
    ("Pain", 0.05),
    ("Where", 0.19),
    ("Leg", 0.05),
    ("Worse", 0.13),
    ("Better", 0.12),
    ("Medication", 0.12),
    ("Note", 0.18),
];

pub fn draw_log(page: &mut Layout, entries: &[PainEntry], medication_names: &HashMap<Uuid, String>) {
    page.new_page();
    page.heading("Daily log", 2, 11.0);
    if entries.is_empty() {
        page.paragraph("No diary entries in these dates.", 9.0, false, INK);
        return;
    }
    let table = page.new_table();
    header(page, table);
    for entry in entries {
        if page.y + ROW > page.height - MARGIN {
            page.new_page();
            header(page, table);
        }
        let d = &entry.details;
        let cells = [
            d.day.to_string(),
            d.occurred_at.format("%H:%M").to_string(),
            d.intensity.to_string(),
            d.sites.iter().map(|s| s.label()).collect::<Vec<_>>().join(", "),
            d.leg_radiation.map_or(String::new(), |l| l.label().to_owned()),
            d.worse.iter().map(|w| w.label()).collect::<Vec<_>>().join(", "),
            d.better.iter().map(|b| b.label()).collect::<Vec<_>>().join(", "),
            d.medications
                .iter()
                .map(|m| medication_names.get(&m.medication_id).cloned().unwrap_or_else(|| "unknown".into()))
                .collect::<Vec<_>>()
                .join(", "),
            d.note.replace('\n', " "),
        ];
        row(page, table, false, &cells);
    }
}

fn header(page: &mut Layout, table: usize) {
    let titles = COLUMNS.map(|(title, _)| title.to_owned());
    row(page, table, true, &titles);
}

fn row(page: &mut Layout, table: usize, header: bool, cells: &[String; 9]) {
    page.y += ROW;
    let block = page.block(BlockKind::Row { table, header });
    let width = page.content_width();
    let mut x = MARGIN;
    for ((_, share), text) in COLUMNS.iter().zip(cells) {
        let column = width * share;
        let shown = fit(text, column - 3.0, SIZE);
        // An empty cell still gets a (blank) span so every row has all its cells.
        let y = page.y;
        page.push(block, Op::Text { x, y, size: SIZE, bold: header, color: INK, text: shown });
        x += column;
    }
    let y = page.y + 3.0;
    page.push(block, Op::Line { points: vec![(MARGIN, y), (MARGIN + width, y)], color: LIGHT, width: 0.3 });
}
