//! Page one: the summary a spine surgeon reads in about a minute, most important first:
//! warning signs, pain and its change, leg symptoms, function (the weekly check-in), where it
//! hurts, what changed it,
//! medication, sleep and daily life, the exercise program, and the person's notes.

use crate::domain::function_scale::summary::IMPORTANT_CHANGE_SOURCE;
use crate::domain::insights::FactorAssociation;
use crate::domain::program::flare::{Flare, FlareMode};
use crate::domain::report::{ReportSummary, IMPORTANT_CHANGE_PERCENT, IMPORTANT_CHANGE_POINTS};
use crate::domain::vocabulary::{BetterFactor, BodySite, WorseFactor};
use crate::i18n::dates::{format_date, DateStyle};
use crate::t;

use super::associations::clear_differences;
use super::layout::{BlockKind, Layout, Op, BLUE, GREY, INK, LIGHT, MARGIN, RED};
use super::{plain, PdfOptions, ReportSection};

const BODY: f32 = 9.0;
const H2: f32 = 11.0;

/// Draws the summary pages. `associations` are the Insights screen's factors for the same range,
/// so the PDF names the same clear differences the person sees.
pub fn draw_summary(page: &mut Layout, s: &ReportSummary, associations: &[FactorAssociation], options: &PdfOptions) {
    page.heading(&t!("report-title"), 1, 15.0);
    page.paragraph(
        &t!("report-dates-covered", from = day(s.range.from), to = day(s.range.to), days = s.range.days(), made_on = options.made_on.as_str()),
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
    page.heading(&t!("report-leg-heading"), 2, H2);
    page.paragraph(
        &t!(
            "report-leg-figures",
            any = l.days_any,
            logged = s.pain.days_logged,
            below_knee = days(l.days_below_knee),
            numbness = days(l.days_numbness),
            down_leg = days(l.days_leg_radiation)
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
    page.heading(&t!("report-function-heading"), 2, H2);
    if f.activities.is_empty() {
        page.paragraph(&t!("report-function-none"), BODY, false, INK);
        return;
    }
    let items: Vec<String> = f
        .activities
        .iter()
        .map(|a| {
            let name = if a.active { a.name.clone() } else { t!("report-activity-retired", name = a.name.as_str()) };
            match (a.first, a.latest, a.change) {
                (Some(first), Some(latest), Some(change)) => {
                    let (first, latest, change) = (first.score, latest.score, format!("{change:+}"));
                    if a.clinically_important {
                        t!("report-activity-change-important", name = name, first = first, latest = latest, change = change)
                    } else {
                        t!("report-activity-change", name = name, first = first, latest = latest, change = change)
                    }
                }
                (Some(first), _, _) => t!("report-activity-one-rating", name = name, score = first.score),
                _ => t!("report-activity-not-rated", name = name),
            }
        })
        .collect();
    let mean = match f.mean_change {
        Some(m) => {
            let (first, latest, change) = (format!("{:.1}", m.first), format!("{:.1}", m.latest), format!("{:+.1}", m.change));
            if m.clinically_important {
                t!("report-function-mean-important", activities = m.activities, first = first, latest = latest, change = change)
            } else {
                t!("report-function-mean", activities = m.activities, first = first, latest = latest, change = change)
            }
        }
        None => t!("report-function-no-mean"),
    };
    page.paragraph(
        &t!(
            "report-function-figures",
            ratings = items.join("; "),
            mean = mean,
            threshold = format!("{:.1}", f.important_change),
            source = IMPORTANT_CHANGE_SOURCE
        ),
        BODY,
        false,
        INK,
    );
}

fn sites(page: &mut Layout, s: &ReportSummary) {
    page.heading(&t!("report-sites-heading"), 2, H2);
    let list: Vec<String> =
        s.sites.iter().map(|c| count(BodySite::from_wire(&c.name).map_or_else(|| plain(&c.name), |b| b.text()), c.entries)).collect();
    page.paragraph(&or_none(list.join("; ")), BODY, false, INK);
}

fn factors(page: &mut Layout, s: &ReportSummary, associations: &[FactorAssociation]) {
    page.heading(&t!("report-factors-heading"), 2, H2);
    let worse: Vec<String> =
        s.worse.iter().map(|c| count(WorseFactor::from_wire(&c.name).map_or_else(|| plain(&c.name), |w| w.text()), c.entries)).collect();
    let better: Vec<String> =
        s.better.iter().map(|c| count(BetterFactor::from_wire(&c.name).map_or_else(|| plain(&c.name), |b| b.text()), c.entries)).collect();
    page.paragraph(&t!("report-worse", list = or_none(worse.join("; "))), BODY, false, INK);
    page.paragraph(&t!("report-better", list = or_none(better.join("; "))), BODY, false, INK);
    // Only when there is one: page one has no room for a line that says nothing.
    if let Some(line) = clear_differences(associations) {
        page.paragraph(&line, BODY, false, INK);
    }
}

fn medication(page: &mut Layout, s: &ReportSummary) {
    page.heading(&t!("report-medication-heading"), 2, H2);
    let list: Vec<String> =
        s.medications.iter().map(|m| t!("report-medication-use", name = m.name.as_str(), times = m.entries, days = m.days)).collect();
    page.paragraph(&or_none(list.join("; ")), BODY, false, INK);
}

fn sleep_and_function(page: &mut Layout, s: &ReportSummary) {
    let f = &s.sleep_and_function;
    page.heading(&t!("report-sleep-heading"), 2, H2);
    page.paragraph(
        &t!(
            "report-sleep-figures",
            sleep = number(f.sleep_average),
            sleep_answers = f.sleep_answers,
            interference = number(f.interference_average),
            interference_answers = f.interference_answers
        ),
        BODY,
        false,
        INK,
    );
}

fn surgeon_notes(page: &mut Layout, s: &ReportSummary) {
    page.heading(&t!("report-notes-heading"), 2, H2);
    if s.surgeon_notes.is_empty() {
        page.paragraph(&t!("report-notes-none"), BODY, false, INK);
    }
    for note in &s.surgeon_notes {
        page.paragraph(&t!("report-note", day = day(note.day), intensity = note.intensity, note = note.note.as_str()), BODY, false, INK);
    }
}

fn red_flags(page: &mut Layout, s: &ReportSummary) {
    page.heading(&t!("report-red-flags-heading"), 2, H2);
    if s.red_flags.is_empty() {
        let text = if s.red_flag_checks_taken == 0 {
            t!("report-red-flags-none-taken")
        } else {
            t!("report-red-flags-none-reported", checks = s.red_flag_checks_taken)
        };
        page.paragraph(&text, BODY, false, INK);
        return;
    }
    for check in &s.red_flags {
        let urgency = match check.outcome {
            crate::domain::learn::red_flags::Outcome::Emergency => t!("report-urgency-emergency"),
            _ => t!("report-urgency-same-day"),
        };
        // The question as asked in the report's language; a sign no longer asked keeps its words.
        let answers: Vec<String> =
            check.positives.iter().map(|p| crate::domain::learn::red_flags::question_text(&p.id).unwrap_or_else(|| p.text.clone())).collect();
        page.paragraph(&t!("report-red-flag", day = day(check.day), urgency = urgency, answers = answers.join("; ")), BODY, true, RED);
    }
}

fn pain(page: &mut Layout, s: &ReportSummary) {
    let p = &s.pain;
    page.heading(&t!("report-pain-heading"), 2, H2);
    page.paragraph(
        &t!(
            "report-pain-figures",
            average = number(p.average),
            lowest = p.lowest.map_or("-".to_owned(), |v| v.to_string()),
            highest = p.highest.map_or("-".to_owned(), |v| v.to_string()),
            entries = p.entries,
            days = p.days_logged
        ),
        BODY,
        false,
        INK,
    );
    match &p.change {
        Some(c) => {
            let (min_points, min_percent) = (format!("{IMPORTANT_CHANGE_POINTS:.0}"), format!("{IMPORTANT_CHANGE_PERCENT:.0}"));
            let verdict = if c.clinically_important {
                t!("report-change-important", min_points = min_points, min_percent = min_percent)
            } else {
                t!("report-change-not-important", min_points = min_points, min_percent = min_percent)
            };
            let mut args = crate::i18n::FluentArgs::new();
            args.set("baseline", format!("{:.1}", c.baseline_average));
            args.set("baseline_from", day(c.baseline.from));
            args.set("baseline_to", day(c.baseline.to));
            args.set("latest", format!("{:.1}", c.latest_average));
            args.set("latest_from", day(c.latest.from));
            args.set("latest_to", day(c.latest.to));
            args.set("points", format!("{:+.1}", c.points));
            let change = match c.percent {
                Some(percent) => {
                    args.set("percent", format!("{percent:+.0}"));
                    crate::i18n::message("report-change-with-percent", Some(&args))
                }
                None => crate::i18n::message("report-change", Some(&args)),
            };
            page.paragraph(&format!("{change} {verdict}"), BODY, true, if c.clinically_important { BLUE } else { INK });
        }
        None => page.paragraph(&t!("report-change-unknown"), BODY, false, INK),
    }
    trend_chart(page, s);
}

/// Daily average (blue) and high (grey) on a 0-10 scale, one point per day of the range.
fn trend_chart(page: &mut Layout, s: &ReportSummary) {
    if s.trend.is_empty() {
        return;
    }
    let height = 64.0;
    page.ensure_room(height + 24.0);
    page.gap(8.0);
    let alt = t!("report-trend-chart", from = day(s.range.from), to = day(s.range.to));
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
    let average = t!("report-trend-average");
    // The second label starts 90 points in, or after a longer first label (by the layout's
    // generous width estimate).
    let second_x = (left + 90.0).max(left + average.chars().count() as f32 * 7.0 * 0.6 + 6.0);
    page.push(legend, Op::Text { x: left, y, size: 7.0, bold: false, color: BLUE, text: average });
    page.push(legend, Op::Text { x: second_x, y, size: 7.0, bold: false, color: GREY, text: t!("report-trend-high") });
}

fn program(page: &mut Layout, s: &ReportSummary) {
    let p = &s.program;
    page.heading(&t!("report-program-heading"), 2, H2);
    page.paragraph(
        &t!(
            "report-program-figures",
            sessions = p.sessions,
            active_days = days(p.active_days),
            goal = days(u32::from(p.weekly_goal)),
            met = p.weeks_goal_met,
            weeks = p.whole_weeks,
            streak = days(p.current_streak),
            longest = days(p.longest_streak),
            strength = format!("{:.0}", p.strength * 100.0)
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
            Some(since) => t!("report-level-since", family = l.family_name.as_str(), level = level_name(l.level.level), since = day(since)),
            None => t!("report-level", family = l.family_name.as_str(), level = level_name(l.level.level)),
        })
        .collect();
    page.paragraph(&t!("report-levels", list = or_none(levels.join("; "))), BODY, false, INK);
    if !p.flares.is_empty() {
        page.paragraph(&t!("report-flares", list = flare_list(&p.flares)), BODY, false, INK);
    }
    for change in &p.changes {
        let name = p.levels.iter().find(|l| l.level.family_id == change.family_id).map_or(change.family_id.as_str(), |l| l.family_name.as_str());
        let to = change.to_level.map_or_else(|| t!("report-level-same-gently"), level_name);
        page.paragraph(
            &t!(
                "report-level-change",
                day = day(change.day),
                family = name,
                direction = t!("report-direction", direction = change.direction.wire_name()),
                from = level_name(change.from_level),
                to = to,
                reason = change.reason.as_str()
            ),
            BODY,
            false,
            INK,
        );
    }
}

/// "Jun 3, 2026 to Jun 9, 2026 (7 days, program paused); …", oldest first.
fn flare_list(flares: &[Flare]) -> String {
    flares
        .iter()
        .map(|f| {
            let mode = match f.mode {
                FlareMode::Pause => t!("report-flare-paused"),
                FlareMode::Gentle => t!("report-flare-gentle"),
            };
            t!("report-flare", from = day(f.from), to = day(f.last_day()), days = days(u32::try_from(f.days()).unwrap_or(0)), mode = mode)
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
    let height = 42.0;
    page.ensure_room(height + 16.0);
    page.gap(6.0);
    let alt = t!("report-week-chart", from = day(weeks[0].week_start), to = day(s.range.to), goal = s.program.weekly_goal);
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
    let text = t!("report-week-legend");
    page.push(legend, Op::Text { x: left, y, size: 7.0, bold: false, color: GREY, text });
    page.gap(4.0);
}

/// "1 day", "3 days" / "1 día", "3 días".
fn days(n: u32) -> String {
    t!("report-days", count = n)
}

/// A day as the report's reader writes it: "Mar 5, 2026" / "5 mar 2026".
fn day(date: chrono::NaiveDate) -> String {
    format_date(date, DateStyle::Medium)
}

/// "Left buttock: 3"
fn count(name: String, entries: u32) -> String {
    t!("report-count", name = name, count = entries)
}

/// A program level in words: "Modified" / "Modificado".
fn level_name(level: crate::domain::program::exercise::Level) -> String {
    t!("report-level-name", level = level.wire_name())
}

fn number(value: Option<f64>) -> String {
    value.map_or("-".to_owned(), |v| format!("{v:.1}"))
}

fn or_none(text: String) -> String {
    if text.is_empty() {
        t!("report-none-recorded")
    } else {
        text
    }
}
