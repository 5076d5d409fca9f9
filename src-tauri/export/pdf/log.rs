//! The later pages: every diary entry of the range as a table row, oldest first, with the
//! header row repeated on each page.

use std::collections::HashMap;

use uuid::Uuid;

use crate::domain::diary::PainEntry;
use crate::i18n::dates::{format_date, format_time, DateStyle};
use crate::t;

use super::layout::{fit, BlockKind, Layout, Op, INK, LIGHT, MARGIN};

const SIZE: f32 = 7.0;
const ROW: f32 = 10.5;
/// Column titles (catalog ids) and their share of the content width. The day and time columns
/// hold "Mar 15, 2026" and "10:00 PM" / "15 mar 2026" and "10:00 p.m." without cutting them.
const COLUMNS: [(&str, f32); 9] = [
    ("report-log-day", 0.105),
    ("report-log-time", 0.09),
    ("report-log-pain", 0.05),
    ("report-log-where", 0.18),
    ("report-log-leg", 0.06),
    ("report-log-worse", 0.12),
    ("report-log-better", 0.11),
    ("report-log-medication", 0.115),
    ("report-log-note", 0.17),
];

pub fn draw_log(page: &mut Layout, entries: &[PainEntry], medication_names: &HashMap<Uuid, String>) {
    page.new_page();
    page.heading(&t!("report-log-heading"), 2, 11.0);
    if entries.is_empty() {
        page.paragraph(&t!("report-log-empty"), 9.0, false, INK);
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
            format_date(d.day, DateStyle::Medium),
            format_time(d.occurred_at.time()),
            d.intensity.to_string(),
            d.sites.iter().map(|s| s.text()).collect::<Vec<_>>().join(", "),
            d.leg_radiation.map_or(String::new(), |l| l.text()),
            d.worse.iter().map(|w| w.text()).collect::<Vec<_>>().join(", "),
            d.better.iter().map(|b| b.text()).collect::<Vec<_>>().join(", "),
            d.medications
                .iter()
                .map(|m| medication_names.get(&m.medication_id).cloned().unwrap_or_else(|| t!("report-log-unknown-medication")))
                .collect::<Vec<_>>()
                .join(", "),
            d.note.replace('\n', " "),
        ];
        row(page, table, false, &cells);
    }
}

fn header(page: &mut Layout, table: usize) {
    let titles = COLUMNS.map(|(id, _)| crate::i18n::message(id, None));
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
