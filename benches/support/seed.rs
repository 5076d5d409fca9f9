//! Realistic synthetic history for demos and benchmarks: pain entries through the day with a
//! slow improvement, flare-ups and weekly rhythm; exercise sessions most weeks; level changes;
//! monthly warning-sign checks; a medication list; weekly function check-ins on three
//! activities (one retired and replaced halfway through a long history). Deterministic: the same
//! seed gives the same diary. Shared by `examples/seed.rs` and `benches/export.rs`.

#![allow(dead_code)]

use chrono::{Datelike, Days, NaiveDate, TimeZone, Weekday};
use chrono_tz::Tz;
use rusqlite::{params, Connection};
use uuid::Uuid;

pub struct SeedOptions {
    /// Days of history, ending on `last_day`.
    pub days: u32,
    pub last_day: NaiveDate,
    pub entries_per_day: u32,
    pub seed: u64,
}

/// A tiny deterministic generator (SplitMix64): enough for synthetic data, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A float in 0..1.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    pub fn uuid(&mut self) -> Uuid {
        let bytes = (u128::from(self.next()) << 64 | u128::from(self.next())).to_be_bytes();
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

const SITES: [&str; 11] = [
    "lower_back_centre",
    "buttock_left",
    "lower_back_left",
    "buttock_right",
    "lower_back_right",
    "hip_left",
    "hip_right",
    "thigh_back_left",
    "thigh_back_right",
    "below_knee_left",
    "below_knee_right",
];
const WORSE: [&str; 8] = ["sitting", "bending", "lifting", "standing", "walking", "exercise", "lying_down", "other"];
const BETTER: [&str; 7] = ["movement", "heat", "stretching", "rest", "medication", "ice", "other"];
const QUALITIES: [&str; 7] = ["aching", "stiff", "sharp", "shooting", "tingling", "burning", "numb"];
const FAMILIES: [&str; 4] = ["glute-bridge", "side-leg-lift", "squat", "donkey-kick"];
const NOTES: [&str; 5] = ["Long drive today", "Slept badly", "Good walk", "Busy day at work", "Sore after gardening"];

/// Fills an open (migrated, empty) diary. Returns the number of pain entries written.
pub fn seed(conn: &mut Connection, options: &SeedOptions) -> rusqlite::Result<u64> {
    let zone: Tz = "Europe/London".parse().unwrap_or(Tz::UTC);
    let mut rng = Rng::new(options.seed);
    let tx = conn.transaction()?;
    let ibuprofen = rng.uuid().to_string();
    let paracetamol = rng.uuid().to_string();
    tx.execute(
        "INSERT INTO medication (id, name, default_dose) VALUES (?1, 'Ibuprofen', '400 mg'), (?2, 'Paracetamol', '1 g')",
        params![ibuprofen, paracetamol],
    )?;
    tx.execute("INSERT INTO habit_plan (id, weekly_goal, rest_kind, rest_weekdays, rest_per_week) VALUES (1, 3, 'per_week', '', 4)", [])?;
    let first = options.last_day - Days::new(u64::from(options.days.saturating_sub(1)));
    let mut entries = 0u64;
    let mut flare = 0u32;
    let mut level = 1usize; // index into LEVELS for the first family
    const LEVELS: [&str; 3] = ["modified", "standard", "harder"];
    {
        let mut entry = tx.prepare(
            "INSERT INTO pain_entry (id, day, occurred_at, time_zone, intensity, leg_radiation, sleep_quality, interference, mood, note, for_surgeon)
             VALUES (?1, ?2, ?3, 'Europe/London', ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        let mut tag = tx.prepare("INSERT OR IGNORE INTO pain_entry_tag (entry_id, kind, value) VALUES (?1, ?2, ?3)")?;
        let mut dose = tx.prepare("INSERT INTO pain_entry_medication (entry_id, medication_id, dose) VALUES (?1, ?2, ?3)")?;
        let mut session = tx.prepare(
            "INSERT INTO exercise_session (id, day, started_at, ended_at, time_zone, kind, gentle, pain_before, pain_after, pain_during, effort, note)
             VALUES (?1, ?2, ?3, ?4, 'Europe/London', 'guided', ?5, ?6, ?7, ?8, ?9, '')",
        )?;
        let mut done = tx.prepare(
            "INSERT INTO session_exercise (session_id, exercise_id, position, sets_done, reps_done, completed) VALUES (?1, ?2, ?3, ?4, ?5, 1)",
        )?;
        for offset in 0..options.days {
            let day = first + Days::new(u64::from(offset));
            let progress = f64::from(offset) / f64::from(options.days.max(1));
            if flare == 0 && rng.chance(0.02) {
                flare = 3 + rng.below(5) as u32;
            }
            let base = 6.0 - 3.0 * progress + if flare > 0 { 2.5 } else { 0.0 };
            flare = flare.saturating_sub(1);
            for slot in 0..options.entries_per_day {
                let hour = 7 + slot * 14 / options.entries_per_day.max(1);
                let local = zone.from_local_datetime(&day.and_hms_opt(hour, rng.below(60) as u32, 0).unwrap_or_default()).earliest();
                let Some(at) = local else { continue };
                let intensity = (base + rng.unit() * 3.0 - 1.5).round().clamp(0.0, 10.0) as i64;
                let id = rng.uuid().to_string();
                let leg = if intensity >= 7 && rng.chance(0.4) { "left" } else { "no" };
                let note = if rng.chance(0.05) { NOTES[rng.below(5) as usize] } else { "" };
                entry.execute(params![
                    id,
                    day.to_string(),
                    at.to_rfc3339(),
                    intensity,
                    leg,
                    if slot == 0 { Some((9 - intensity / 2).clamp(0, 10)) } else { None },
                    (intensity - 1).clamp(0, 10),
                    if intensity > 6 { "low" } else { "okay" },
                    note,
                    !note.is_empty() && rng.chance(0.3),
                ])?;
                entries += 1;
                for _ in 0..1 + rng.below(2) {
                    let site = if intensity >= 7 && rng.chance(0.2) { SITES[9 + rng.below(2) as usize] } else { SITES[rng.below(5) as usize] };
                    tag.execute(params![id, "site", site])?;
                }
                tag.execute(params![id, "quality", QUALITIES[rng.below(if intensity >= 7 { 7 } else { 3 }) as usize]])?;
                tag.execute(params![id, "worse", WORSE[rng.below(8) as usize]])?;
                if rng.chance(0.6) {
                    tag.execute(params![id, "better", BETTER[rng.below(7) as usize]])?;
                }
                if intensity >= 6 && rng.chance(0.5) {
                    dose.execute(params![id, if rng.chance(0.7) { &ibuprofen } else { &paracetamol }, "1 dose"])?;
                }
            }
            if rng.chance(0.45) {
                let start = zone.from_local_datetime(&day.and_hms_opt(18, 0, 0).unwrap_or_default()).earliest();
                if let Some(start) = start {
                    let id = rng.uuid().to_string();
                    let end = start + chrono::Duration::minutes(12);
                    let before = (base.round() as i64).clamp(0, 10);
                    session.execute(params![
                        id,
                        day.to_string(),
                        start.to_rfc3339(),
                        end.to_rfc3339(),
                        flare > 0,
                        before,
                        (before - 1).max(0),
                        before,
                        5
                    ])?;
                    for (position, family) in FAMILIES.iter().enumerate() {
                        let level_name = if position == 0 { LEVELS[level] } else { "standard" };
                        done.execute(params![id, format!("{family}.{level_name}"), position as i64, 2, 10])?;
                    }
                }
            }
            if rng.chance(0.01) {
                let (from, to, direction) = if flare > 0 && level > 0 {
                    (level, level - 1, "step_back")
                } else if level < 2 {
                    (level, level + 1, "step_up")
                } else {
                    (level, level, "")
                };
                if !direction.is_empty() {
                    tx.execute(
                        "INSERT INTO level_change (id, family_id, from_level, to_level, day, direction, reason, decided, decided_at)
                         VALUES (?1, 'glute-bridge', ?2, ?3, ?4, ?5, 'Synthetic change for the demo diary.', 'accepted', ?6)",
                        params![rng.uuid().to_string(), LEVELS[from], LEVELS[to], day.to_string(), direction, format!("{day}T08:00:00+00:00")],
                    )?;
                    tx.execute(
                        "INSERT INTO program_level (family_id, level, since) VALUES ('glute-bridge', ?1, ?2)
                         ON CONFLICT (family_id) DO UPDATE SET level = excluded.level, since = excluded.since",
                        params![LEVELS[to], day.to_string()],
                    )?;
                    level = to;
                }
            }
            if offset % 30 == 0 {
                let id = rng.uuid().to_string();
                tx.execute(
                    "INSERT INTO red_flag_check (id, day, taken_at, time_zone, outcome) VALUES (?1, ?2, ?3, 'Europe/London', 'none_flagged')",
                    params![id, day.to_string(), format!("{day}T12:00:00+00:00")],
                )?;
            }
        }
    }
    seed_function_check_ins(&tx, options, first, zone)?;
    tx.commit()?;
    Ok(entries)
}

/// The activities a person follows and a rating of each on most Sunday evenings, slowly
/// improving. A generator of its own, so adding these never changes the entries above.
fn seed_function_check_ins(tx: &rusqlite::Transaction<'_>, options: &SeedOptions, first: NaiveDate, zone: Tz) -> rusqlite::Result<()> {
    let mut rng = Rng::new(options.seed ^ 0x5053_4653); // "PSFS"
    let halfway = first + Days::new(u64::from(options.days / 2));
    let replace_one = options.days >= 120;
    let stamp = |day: NaiveDate, hour: u32| format!("{day}T{hour:02}:00:00.000Z");
    // (name, first score, added on, retired on)
    let plan: [(&str, f64, NaiveDate, Option<NaiveDate>); 4] = [
        ("Sit through a film", 3.0, first, None),
        ("Walk to the shops", 4.0, first, None),
        ("Lift the shopping bags", 2.0, first, replace_one.then_some(halfway)),
        ("Garden for an hour", 3.0, halfway, None),
    ];
    let mut rate = tx.prepare("INSERT INTO function_rating (id, activity_id, day, rated_at, score, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for (order, (name, start, added, retired)) in plan.into_iter().enumerate() {
        if added == halfway && !replace_one {
            continue;
        }
        let id = rng.uuid().to_string();
        tx.execute(
            "INSERT INTO function_activity (id, name, created_at, retired_at) VALUES (?1, ?2, ?3, ?4)",
            params![id, name, stamp(added, 9 + order as u32), retired.map(|d| stamp(d, 18))],
        )?;
        let last = retired.unwrap_or(options.last_day);
        let mut day = added;
        while day <= last {
            if day.weekday() == Weekday::Sun && rng.chance(0.85) {
                let progress = f64::from((day - first).num_days() as u32) / f64::from(options.days.max(1));
                let score = (start + 4.0 * progress + rng.unit() * 2.0 - 1.0).round().clamp(0.0, 10.0) as i64;
                if let Some(at) = zone.from_local_datetime(&day.and_hms_opt(19, 30, 0).unwrap_or_default()).earliest() {
                    rate.execute(params![rng.uuid().to_string(), id, day.to_string(), at.to_rfc3339(), score, stamp(day, 20)])?;
                }
            }
            day = day + Days::new(1);
        }
    }
    Ok(())
}
