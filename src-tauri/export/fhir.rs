//! The diary as a FHIR R4 `Bundle` of type `collection`, for a clinic's records system.
//! Its codes, displays and narrative stay English, whatever the app speaks: they are the code
//! systems' own words and a stable record for another system (held to a golden file).
//!
//! # What goes in
//! - One anonymous `Patient`: no name or birth date, only what every other resource points at
//!   (R4 `Procedure.subject` is required). Its id is fixed, so two exports of one diary agree.
//! - One `Observation` per pain entry: LOINC **72514-3** "Pain severity - 0-10 verbal numeric
//!   rating [Score] - Reported", `valueInteger`, `effectiveDateTime` with the offset in force
//!   then, category `survey`, the note as `note`. Each place that hurt is a `component` coded
//!   with SNOMED CT 363698007 |Finding site| whose value carries BackTrack's own exact code
//!   (with laterality) and, where one exists, the SNOMED CT body structure it falls in. A
//!   `component` is used rather than `bodySite` because R4 allows only one `bodySite` and an
//!   entry often names several places.
//! - One `Procedure` per exercise session: it is something the person did, with a start and an
//!   end, which is what `Procedure` records (an `Observation` records a measured value). Coded
//!   SNOMED CT 229065009 |Exercise therapy (regime/therapy)|; status `completed` once finished,
//!   else `stopped`; pain before, during and after and the effort go in its `note` as text.
//! - One `Observation` per weekly function check-in rating (BackTrack's wording of the
//!   Patient-Specific Functional Scale): `valueInteger` 0-10, `effectiveDateTime` with its
//!   offset, category `survey`. The activity is the person's own words, so `code.text` holds
//!   them and the one coding is BackTrack's own ([`FUNCTION_SYSTEM`], code
//!   `function-activity-rating`). No LOINC code is used: we found none for one activity's
//!   rating of a patient-specific scale, and a wrong one would mislead a records system.
//!
//! # SNOMED CT body structures used (International Edition; left/right are not coded)
//! `37822005` Lower back structure; `46862004` Buttock structure; `29836001` Hip region
//! structure; `68367000` Thigh structure; `30021000` Lower leg structure. Checked against the
//! SNOMED CT browser names as used in public FHIR value sets (eHDSI body site, DICOM CID 4031).
//! No code is invented: a place without a fitting concept would carry only BackTrack's code.

use serde_json::{json, Value};

use crate::domain::diary::PainEntry;
use crate::domain::function_scale::{FunctionActivity, FunctionRating};
use crate::domain::program::session::ExerciseSession;
use crate::domain::vocabulary::BodySite;

/// BackTrack's own code system for the body map's places (the wire names).
pub const BODY_SITE_SYSTEM: &str = "https://backtrack.invalid/fhir/CodeSystem/body-site";
/// BackTrack's own code system for the weekly function check-in.
pub const FUNCTION_SYSTEM: &str = "https://backtrack.invalid/fhir/CodeSystem/function-check-in";
const SNOMED: &str = "http://snomed.info/sct";
const LOINC: &str = "http://loinc.org";
/// The anonymous patient every resource refers to.
pub const PATIENT_ID: &str = "6f1c1f2e-0b7a-4c55-9b1e-6b61636b7472";

/// The SNOMED CT body structure a place falls in, with its display name.
pub fn snomed_structure(site: BodySite) -> Option<(&'static str, &'static str)> {
    Some(match site {
        BodySite::LowerBackLeft | BodySite::LowerBackCentre | BodySite::LowerBackRight => ("37822005", "Lower back structure"), // i18n-ignore: SNOMED CT display
        BodySite::ButtockLeft | BodySite::ButtockRight => ("46862004", "Buttock structure"),
        BodySite::HipLeft | BodySite::HipRight => ("29836001", "Hip region structure"), // i18n-ignore: SNOMED CT display
        BodySite::ThighBackLeft | BodySite::ThighBackRight => ("68367000", "Thigh structure"),
        BodySite::BelowKneeLeft | BodySite::BelowKneeRight => ("30021000", "Lower leg structure"), // i18n-ignore: SNOMED CT display
    })
}

/// The function check-in's rows for a bundle: every activity (to name each rating's) and the
/// ratings to include.
#[derive(Debug, Clone, Default)]
pub struct FunctionRows {
    pub activities: Vec<FunctionActivity>,
    pub ratings: Vec<FunctionRating>,
}

/// The bundle, pretty-printed. `timestamp` is when it was assembled (RFC 3339), passed in so
/// the same diary always gives the same bytes.
pub fn bundle_json(
    entries: &[PainEntry],
    sessions: &[ExerciseSession],
    function: &FunctionRows,
    timestamp: &str,
) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec_pretty(&bundle(entries, sessions, function, timestamp))
}

/// The bundle as a JSON value.
pub fn bundle(entries: &[PainEntry], sessions: &[ExerciseSession], function: &FunctionRows, timestamp: &str) -> Value {
    let mut items = Vec::with_capacity(entries.len() + sessions.len() + function.ratings.len() + 1);
    items.push(json!({
        "fullUrl": format!("urn:uuid:{PATIENT_ID}"),
        "resource": { "resourceType": "Patient", "id": PATIENT_ID, "active": true },
    }));
    items.extend(entries.iter().map(|e| json!({ "fullUrl": format!("urn:uuid:{}", e.id), "resource": observation(e) })));
    items.extend(sessions.iter().map(|s| json!({ "fullUrl": format!("urn:uuid:{}", s.id), "resource": procedure(s) })));
    items.extend(function.ratings.iter().map(|r| {
        let activity = function.activities.iter().find(|a| a.id == r.activity_id);
        json!({ "fullUrl": format!("urn:uuid:{}", r.id), "resource": function_observation(r, activity) })
    }));
    json!({ "resourceType": "Bundle", "type": "collection", "timestamp": timestamp, "entry": items })
}

fn subject() -> Value {
    json!({ "reference": format!("urn:uuid:{PATIENT_ID}") })
}

/// One pain entry as an Observation (see the module docs).
pub fn observation(entry: &PainEntry) -> Value {
    let d = &entry.details;
    let mut resource = json!({
        "resourceType": "Observation",
        "id": entry.id.to_string(),
        "status": "final",
        "category": [{ "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }] }],
        "code": {
            "coding": [{ "system": LOINC, "code": "72514-3", "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }], // i18n-ignore: LOINC display
            "text": "Pain level (0-10)",
        },
        "subject": subject(),
        "effectiveDateTime": d.occurred_at.to_rfc3339(),
        "valueInteger": d.intensity,
    });
    if !d.note.is_empty() {
        resource["note"] = json!([{ "text": d.note }]);
    }
    if !d.sites.is_empty() {
        resource["component"] = Value::Array(d.sites.iter().map(|site| site_component(*site)).collect());
    }
    resource
}

/// One function check-in rating as an Observation (see the module docs). An activity missing
/// from the diary is named by its id.
pub fn function_observation(rating: &FunctionRating, activity: Option<&FunctionActivity>) -> Value {
    let name = activity.map_or_else(|| format!("activity {}", rating.activity_id), |a| a.name.clone());
    json!({
        "resourceType": "Observation",
        "id": rating.id.to_string(),
        "status": "final",
        "category": [{ "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }] }],
        "code": {
            "coding": [{ "system": FUNCTION_SYSTEM, "code": "function-activity-rating", "display": "How well I can do an activity that pain makes hard (0-10)" }], // i18n-ignore: a code display, stays English
            "text": format!("{name} (how well I can do it: 0 can't do it - 10 as well as before the pain)"),
        },
        "subject": subject(),
        "effectiveDateTime": rating.rated_at.to_rfc3339(),
        "valueInteger": rating.score,
        "note": [{ "text": format!("Activity named by the person: {name}. Patient-Specific Functional Scale format, in BackTrack's own words.") }], // i18n-ignore: FHIR narrative, stays English
    })
}

fn site_component(site: BodySite) -> Value {
    let mut codings = vec![json!({ "system": BODY_SITE_SYSTEM, "code": site.wire_name(), "display": site.label() })];
    if let Some((code, display)) = snomed_structure(site) {
        codings.push(json!({ "system": SNOMED, "code": code, "display": display }));
    }
    json!({
        "code": { "coding": [{ "system": SNOMED, "code": "363698007", "display": "Finding site" }] },
        "valueCodeableConcept": { "coding": codings, "text": site.label() },
    })
}

/// One exercise session as a Procedure (see the module docs).
pub fn procedure(session: &ExerciseSession) -> Value {
    let mut performed = json!({ "start": session.started_at.to_rfc3339() });
    if let Some(end) = session.ended_at {
        performed["end"] = json!(end.to_rfc3339());
    }
    let mut notes = vec![session_summary(session)];
    if !session.note.is_empty() {
        notes.push(session.note.clone());
    }
    json!({
        "resourceType": "Procedure",
        "id": session.id.to_string(),
        "status": if session.ended_at.is_some() { "completed" } else { "stopped" },
        "code": {
            "coding": [{ "system": SNOMED, "code": "229065009", "display": "Exercise therapy" }],
            "text": if session.gentle { "Glute and core exercise session (gentle)" } else { "Glute and core exercise session" }, // i18n-ignore: FHIR narrative, stays English
        },
        "subject": subject(),
        "performedPeriod": performed,
        "note": notes.into_iter().map(|text| json!({ "text": text })).collect::<Vec<_>>(),
    })
}

/// "3 exercises, 8 sets. Pain before 4/10, during 5/10, after 3/10. Effort 6/10."
fn session_summary(session: &ExerciseSession) -> String {
    let sets: u32 = session.exercises.iter().map(|e| u32::from(e.sets_done)).sum();
    let mut text = format!("{} exercises, {sets} sets.", session.exercises.len());
    let pains: Vec<String> = [("before", session.pain_before), ("during", session.pain_during), ("after", session.pain_after)]
        .into_iter()
        .filter_map(|(when, pain)| pain.map(|p| format!("{when} {p}/10")))
        .collect();
    if !pains.is_empty() {
        text.push_str(&format!(" Pain {}.", pains.join(", ")));
    }
    if let Some(effort) = session.effort {
        text.push_str(&format!(" Effort {effort}/10."));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pain_entry_is_a_loinc_pain_observation_with_its_offset() {
        let mut entry = PainEntry::for_test("2026-03-29T08:15:00+01:00", 6);
        entry.details.sites = vec![BodySite::ButtockLeft];
        let resource = observation(&entry);
        assert_eq!(resource["code"]["coding"][0]["code"], "72514-3");
        assert_eq!(resource["valueInteger"], 6);
        assert_eq!(resource["effectiveDateTime"], "2026-03-29T08:15:00+01:00", "the offset in force then is kept");
        let site = &resource["component"][0]["valueCodeableConcept"]["coding"];
        assert_eq!(site[1]["code"], "46862004", "the buttock maps to SNOMED CT's buttock structure");
    }

    #[test]
    fn a_function_rating_is_a_survey_observation_named_in_the_persons_words() {
        let activity = FunctionActivity {
            id: uuid::Uuid::from_u128(1),
            name: "sit through a movie".into(),
            created_at: "2026-03-01T09:00:00.000Z".into(),
            retired_at: None,
        };
        let rating = FunctionRating {
            id: uuid::Uuid::from_u128(2),
            activity_id: activity.id,
            day: chrono::NaiveDate::from_ymd_opt(2026, 3, 29).unwrap_or_default(),
            rated_at: chrono::DateTime::parse_from_rfc3339("2026-03-29T20:00:00+01:00").unwrap_or_default(),
            score: 4,
        };
        let resource = function_observation(&rating, Some(&activity));
        assert_eq!(resource["valueInteger"], 4);
        assert_eq!(resource["effectiveDateTime"], "2026-03-29T20:00:00+01:00");
        assert!(resource["code"]["text"].as_str().is_some_and(|t| t.contains("sit through a movie")));
        assert_eq!(resource["code"]["coding"][0]["system"], FUNCTION_SYSTEM, "no LOINC code is claimed");
    }

    #[test]
    fn the_bundle_is_a_collection_that_starts_with_the_patient() {
        let bundle = bundle(&[], &[], &FunctionRows::default(), "2026-04-01T12:00:00+00:00");
        assert_eq!(bundle["type"], "collection");
        assert_eq!(bundle["entry"][0]["resource"]["resourceType"], "Patient");
    }
}
