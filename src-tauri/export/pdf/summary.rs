//! Page one: the summary a spine surgeon reads in about a minute, most important first:
//! warning signs, pain and its change, leg symptoms, function (the weekly check-in), where it
//! hurts, what changed it,
//! medication, sleep and daily life, the exercise program, and the person's notes.

use crate::domain::function_scale::summary::IMPORTANT_CHANGE_SOURCE;
use crate::domain::insights::FactorAssociation;
use crate::domain::program::flare::{Flare, FlareMode};
use crate::domain::report::{ReportSummary, IMPORTANT_CHANGE_PERCENT, IMPORTANT_CHANGE_POINTS};
use crate::domain::vocabulary::{BetterFactor, BodySite, WorseFactor};

use super::associations::clear_differences;
use super::layout::{BlockKind, Layout, Op, BLUE, GREY, INK, LIGHT, MARGIN, RED};
use super::{plain, PdfOptions, ReportSection};

const BODY: f32 = 9.0;
const H2: f32 = 11.0;

/// Draws the summary pages. `associations` are the Insights screen's factors for the same range,
/// so the PDF names the same clear differences the person sees.
pub fn draw_summary(page: &mut Layout, s: &ReportSummary, associations: &[FactorAssociation], options: &PdfOptions) {
    page.heading("BackTrack: pain and exercise report for the spine surgeon", 1, 15.0);
    page.paragraph(
        &format!("Dates covered: {} to {} ({} days). Made on {}.", s.range.from, s.range.to, s.range.days(), options.made_on),
        BODY,
        false,
        GREY,
    );
    for section in ReportSection::ALL.into_iter().filter(|section| options.wants(*section)) {
        draw_section(page, s, associations, section);
    }
}

/// One section of the summary pages. The daily log is not one: `report_pdf` draws it after them.
fn draw_section(page: &mut Layout, s: &ReportSummary, associations: &[FactorAssociation], section: ReportSection) {
    match section {
        ReportSection::RedFlags => red_flags(page, s),
        ReportSection::Pain => pain(page, s),
        ReportSection::LegSymptoms => leg_symptoms(page, s),
        ReportSection::Function => function(page, s),
        ReportSection::Sites => sites(page, s),
        ReportSection::Factors => factors(page, s, associations),
        ReportSection::Medication => medication(page, s),
        ReportSection::SleepAndFunction => sleep_and_function(page, s),
        ReportSection::Program => program(page, s),
        ReportSection::SurgeonNotes => surgeon_notes(page, s),
        ReportSection::DailyLog => {}
    }
}

fn leg_symptoms(page: &mut Layout, s: &ReportSummary) {
    let l = &s.leg_symptoms;
    page.heading("Leg symptoms", 2, H2);
    page.paragraph(
        &format!(
            "Days with pain below the knee or numbness: {} of {} days logged. Pain below the knee: {}. \
             Numbness or tingling: {}. Pain down a leg: {}.",
            l.days_any,
            s.pain.days_logged,
            days(l.days_below_knee),
            days(l.days_numbness),
            days(l.days_leg_radiation)
        ),
        BODY,
        false,
        INK,
    );
}

/// Each activity's first and latest rating in the range and the change, then the mean's change,
/// marked clinically important at the summary's own threshold. Kept to a few lines, so page one
/// still holds the whole summary.
fn function(page: &mut Layout, s: &ReportSummary) {
    let f = &s.function;
    page.heading("Function (own activities, 0 can't do it - 10 as well as before the pain)", 2, H2);
    if f.activities.is_empty() {
        page.paragraph("No activities rated in these dates.", BODY, false, INK);
        return;
    }
    let items: Vec<String> = f
        .activities
        .iter()
        .map(|a| {
            let name = if a.active { a.name.clone() } else { format!("{} (retired)", a.name) };
            match (a.first, a.latest, a.change) {
                (Some(first), Some(latest), Some(change)) => format!(
                    "{name} {} to {} ({change:+}{})",
                    first.score,
                    latest.score,
                    if a.clinically_important { ", clinically important" } else { "" }
                ),
                (Some(first), _, _) => format!("{name} {} (one rating)", first.score),
                _ => format!("{name} (not rated)"),
            }
        })
        .collect();
    let mean = match f.mean_change {
        Some(m) => format!(
            "Mean of {} activities {:.1} to {:.1} ({:+.1}{})",
            m.activities,
            m.first,
            m.latest,
            m.change,
            if m.clinically_important { ", clinically important" } else { "" }
        ),
        None => "No mean change yet (it needs two ratings of an activity)".to_owned(),
    };
    page.paragraph(
        &format!(
            "First to latest rating: {}. {mean}; {:.1} points or more is important ({}).",
            items.join("; "),
            f.important_change,
            IMPORTANT_CHANGE_SOURCE
        ),
        BODY,
        false,
        INK,
    );
}

fn sites(page: &mut Layout, s: &ReportSummary) {
    page.heading("Where it hurts (entries naming each place)", 2, H2);
    let list: Vec<String> = s
        .sites
        .iter()
        .map(|c| format!("{}: {}", BodySite::from_wire(&c.name).map_or_else(|| plain(&c.name), |b| b.label().to_owned()), c.entries))
        .collect();
    page.paragraph(&or_none(list.join("; ")), BODY, false, INK);
}

fn factors(page: &mut Layout, s: &ReportSummary, associations: &[FactorAssociation]) {
    page.heading("What made it worse or better (entries)", 2, H2);
    let worse: Vec<String> = s
        .worse
        .iter()
        .map(|c| format!("{}: {}", WorseFactor::from_wire(&c.name).map_or_else(|| plain(&c.name), |w| w.label().to_owned()), c.entries))
        .collect();
    let better: Vec<String> = s
        .better
        .iter()
        .map(|c| format!("{}: {}", BetterFactor::from_wire(&c.name).map_or_else(|| plain(&c.name), |b| b.label().to_owned()), c.entries))
        .collect();
    page.paragraph(&format!("Worse: {}", or_none(worse.join("; "))), BODY, false, INK);
    page.paragraph(&format!("Better: {}", or_none(better.join("; "))), BODY, false, INK);
    // Only when there is one: page one has no room for a line that says nothing.
    if let Some(line) = clear_differences(associations) {
        page.paragraph(&line, BODY, false, INK);
    }
}

fn medication(page: &mut Layout, s: &ReportSummary) {
    page.heading("Medication", 2, H2);
    let list: Vec<String> = s.medications.iter().map(|m| format!("{}: taken {} times on {} days", m.name, m.entries, m.days)).collect();
    page.paragraph(&or_none(list.join("; ")), BODY, false, INK);
}

fn sleep_and_function(page: &mut Layout, s: &ReportSummary) {
    let f = &s.sleep_and_function;
    page.heading("Sleep and daily activities", 2, H2);
    page.paragraph(
        &format!(
            "Sleep quality (0 poor - 10 good): {} ({} answers). Pain getting in the way of daily activities (0 not at all - 10 completely): {} ({} answers).",
            number(f.sleep_average),
            f.sleep_answers,
            number(f.interference_average),
            f.interference_answers
        ),
        BODY,
        false,
        INK,
    );
}

fn surgeon_notes(page: &mut Layout, s: &ReportSummary) {
    page.heading("Notes for the surgeon", 2, H2);
    if s.surgeon_notes.is_empty() {
        page.paragraph("None marked.", BODY, false, INK);
    }
    for note in &s.surgeon_notes {
        page.paragraph(&format!("{} (pain {}): {}", note.day, note.intensity, note.note), BODY, false, INK);
    }
}

fn red_flags(page: &mut Layout, s: &ReportSummary) {
    page.heading("Warning signs (red flags)", 2, H2);
    if s.red_flags.is_empty() {
        let text = if s.red_flag_checks_taken == 0 {
            "No warning-sign check was taken in these dates.".to_owned()
        } else {
            format!("None reported in {} warning-sign checks.", s.red_flag_checks_taken)
        };
        page.paragraph(&text, BODY, false, INK);
        return;
    }
    for check in &s.red_flags {
        let urgency = match check.outcome {
            crate::domain::learn::red_flags::Outcome::Emergency => "EMERGENCY",
            _ => "SAME DAY",
        };
        let answers: Vec<&str> = check.positives.iter().map(|p| p.text.as_str()).collect();
        page.paragraph(&format!("{} - {urgency}: {}", check.day, answers.join("; ")), BODY, true, RED);
    }
}

fn pain(page: &mut Layout, s: &ReportSummary) {
    let p = &s.pain;
    page.heading("Pain (0-10)", 2, H2);
    page.paragraph(
        &format!(
            "Average {}, lowest {}, highest {}, from {} entries on {} days.",
            number(p.average),
            p.lowest.map_or("-".to_owned(), |v| v.to_string()),
            p.highest.map_or("-".to_owned(), |v| v.to_string()),
            p.entries,
            p.days_logged
        ),
        BODY,
        false,
        INK,
    );
    match &p.change {
        Some(c) => {
            let verdict = if c.clinically_important { "Clinically important change" } else { "Not a clinically important change" };
            let percent = c.percent.map_or(String::new(), |v| format!(", {v:+.0}%"));
            page.paragraph(
                &format!(
                    "Change: {:.1} in {} to {} vs {:.1} in {} to {}: {:+.1} points{percent}. {verdict} (at least {IMPORTANT_CHANGE_POINTS:.0} points or {IMPORTANT_CHANGE_PERCENT:.0}%).",
                    c.baseline_average, c.baseline.from, c.baseline.to, c.latest_average, c.latest.from, c.latest.to, c.points
                ),
                BODY,
                true,
                if c.clinically_important { BLUE } else { INK },
            );
        }
        None => page.paragraph("Change: not enough entries at the start and end of these dates.", BODY, false, INK),
    }
    trend_chart(page, s);
}

/// Daily average (blue) and high (grey) on a 0-10 scale, one point per day of the range.
fn trend_chart(page: &mut Layout, s: &ReportSummary) {
    if s.trend.is_empty() {
        return;
    }
    let height = 80.0;
    page.ensure_room(height + 24.0);
    page.gap(8.0);
    let alt = format!(
        "Chart of daily pain from {} to {}: the average (blue) and the highest (grey) of each day, on a scale of 0 to 10.",
        s.range.from, s.range.to
    );
    let block = page.block(BlockKind::Figure(alt));
    let left = MARGIN + 18.0;
    let width = page.content_width() - 18.0;
    let top = page.y;
    let days = s.range.days().max(1) as f32;
    let x_of = |day: chrono::NaiveDate| left + width * ((day - s.range.from).num_days() as f32 + 0.5) / days;
    let y_of = |v: f64| top + height - height * (v as f32 / 10.0);
    for level in [0.0, 5.0, 10.0] {
        let y = y_of(level);
        page.push(block, Op::Line { points: vec![(left, y), (left + width, y)], color: LIGHT, width: 0.5 });
        page.push(block, Op::Text { x: MARGIN, y: y + 3.0, size: 7.0, bold: false, color: GREY, text: format!("{level:.0}") });
    }
    let high: Vec<(f32, f32)> = s.trend.iter().map(|t| (x_of(t.day), y_of(f64::from(t.high)))).collect();
    let average: Vec<(f32, f32)> = s.trend.iter().map(|t| (x_of(t.day), y_of(t.average))).collect();
    page.push(block, Op::Line { points: high, color: GREY, width: 0.8 });
    page.push(block, Op::Line { points: average, color: BLUE, width: 1.4 });
    page.y = top + height + 10.0;
    let legend = page.block(BlockKind::Paragraph);
    let y = page.y;
    page.push(legend, Op::Text { x: left, y, size: 7.0, bold: false, color: BLUE, text: "Blue: daily average".into() });
    page.push(legend, Op::Text { x: left + 90.0, y, size: 7.0, bold: false, color: GREY, text: "Grey: daily high".into() });
}

fn program(page: &mut Layout, s: &ReportSummary) {
    let p = &s.program;
    page.heading("Exercise program", 2, H2);
    page.paragraph(
        &format!(
            "{} sessions on {}. Weekly goal: {} a week, met in {} of {} whole weeks. Streak at the end: {} (longest {}). Habit strength {:.0}%.",
            p.sessions,
            days(p.active_days),
            days(u32::from(p.weekly_goal)),
            p.weeks_goal_met,
            p.whole_weeks,
            days(p.current_streak),
            days(p.longest_streak),
            p.strength * 100.0
        ),
        BODY,
        false,
        INK,
    );
    week_chart(page, s);
    let levels: Vec<String> = p
        .levels
        .iter()
        .map(|l| match l.level.since {
            Some(since) => format!("{}: {} since {since}", l.family_name, plain(l.level.level.wire_name())),
            None => format!("{}: {}", l.family_name, plain(l.level.level.wire_name())),
        })
        .collect();
    page.paragraph(&format!("Current levels: {}", or_none(levels.join("; "))), BODY, false, INK);
    if !p.flares.is_empty() {
        page.paragraph(&format!("Flares marked: {}", flare_list(&p.flares)), BODY, false, INK);
    }
    for change in &p.changes {
        let name = p.levels.iter().find(|l| l.level.family_id == change.family_id).map_or(change.family_id.as_str(), |l| l.family_name.as_str());
        let to = change.to_level.map_or("the same level, done gently".to_owned(), |l| plain(l.wire_name()));
        page.paragraph(
            &format!(
                "{} {}: {} from {} to {}. Why: {}",
                change.day,
                name,
                plain(change.direction.wire_name()),
                plain(change.from_level.wire_name()),
                to,
                change.reason
            ),
            BODY,
            false,
            INK,
        );
    }
}

/// "2026-06-03 to 2026-06-09 (7 days, program paused); …", oldest first.
fn flare_list(flares: &[Flare]) -> String {
    flares
        .iter()
        .map(|f| {
            let what = match f.mode {
                FlareMode::Pause => "program paused",
                FlareMode::Gentle => "gentle days",
            };
            format!("{} to {} ({}, {what})", f.from, f.last_day(), days(u32::try_from(f.days()).unwrap_or(0)))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Sessions per week as bars (blue when that week met the goal), with the goal as a line.
fn week_chart(page: &mut Layout, s: &ReportSummary) {
    let weeks = &s.program.weeks;
    if weeks.is_empty() {
        return;
    }
    let height = 50.0;
    page.ensure_room(height + 16.0);
    page.gap(6.0);
    let alt = format!(
        "Bar chart of exercise sessions in each week from the week of {} to {}, with the weekly goal of {} days as a line.",
        weeks[0].week_start, s.range.to, s.program.weekly_goal
    );
    let block = page.block(BlockKind::Figure(alt));
    let left = MARGIN + 18.0;
    let width = page.content_width() - 18.0;
    let top = page.y;
    let most = weeks.iter().map(|w| w.sessions).max().unwrap_or(0).max(u32::from(s.program.weekly_goal)).max(1) as f32;
    let slot = width / weeks.len() as f32;
    for (i, week) in weeks.iter().enumerate() {
        let h = height * week.sessions as f32 / most;
        let color = if week.goal_met { BLUE } else { LIGHT };
        page.push(block, Op::Rect { x: left + slot * i as f32 + slot * 0.15, y: top + height - h, w: slot * 0.7, h, color });
    }
    let goal_y = top + height - height * f32::from(s.program.weekly_goal) / most;
    page.push(block, Op::Line { points: vec![(left, goal_y), (left + width, goal_y)], color: RED, width: 0.6 });
    page.push(block, Op::Text { x: MARGIN, y: goal_y + 3.0, size: 7.0, bold: false, color: RED, text: format!("{}", s.program.weekly_goal) });
    page.y = top + height + 10.0;
    let legend = page.block(BlockKind::Paragraph);
    let y = page.y;
    let text = "Bars: sessions each week, blue when the week met the goal. Red line: the weekly goal (active days).".to_owned();
    page.push(legend, Op::Text { x: left, y, size: 7.0, bold: false, color: GREY, text });
    page.gap(4.0);
}

/// "1 day", "3 days".
fn days(n: u32) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

fn number(value: Option<f64>) -> String {
    value.map_or("-".to_owned(), |v| format!("{v:.1}"))
}

fn or_none(text: String) -> String {
    if text.is_empty() {
        "None recorded.".to_owned()
    } else {
        text
    }
}
