"""The FHIR export checked by an independent implementation of the FHIR models.

`tests/fixtures/golden/fhir_bundle.json` is exactly what BackTrack exports for the fixed diary
(the cargo test `the_fhir_bundle_matches_its_golden_file` keeps it so). Here the pydantic models
of `fhir.resources` 8.3.0 parse it. That package ships R5 (default), R4B and STU3 models but no
plain R4 subpackage; R4B is R4 plus a few changes to resources BackTrack does not use (Bundle,
Patient, Observation and Procedure are the same as in R4), so the R4B models are used.
"""

import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.procedure import Procedure

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden" / "fhir_bundle.json"
FUNCTION_SYSTEM = "https://backtrack.invalid/fhir/CodeSystem/function-check-in"


def is_function_rating(resource):
    codings = resource.get("code", {}).get("coding", [])
    return resource["resourceType"] == "Observation" and any(c.get("system") == FUNCTION_SYSTEM for c in codings)


@pytest.fixture(scope="module")
def bundle_json():
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_bundle_validates_as_an_r4_collection(bundle_json):
    bundle = Bundle.model_validate(bundle_json)
    assert bundle.type == "collection", "the export is a collection, not a transaction"
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry]
    assert kinds.count("Observation") == 6 + 8, "one Observation per pain entry and per function rating"
    assert kinds.count("Procedure") == 3, "one Procedure per exercise session"


def test_each_pain_observation_uses_loinc_72514_3_and_keeps_its_offset(bundle_json):
    for entry in bundle_json["entry"]:
        if entry["resource"]["resourceType"] != "Observation" or is_function_rating(entry["resource"]):
            continue
        observation = Observation.model_validate(entry["resource"])
        assert observation.code.coding[0].system == "http://loinc.org"
        assert observation.code.coding[0].code == "72514-3"
        assert 0 <= observation.valueInteger <= 10
        assert observation.effectiveDateTime.utcoffset() is not None, "the time carries its UTC offset"


def test_body_sites_carry_snomed_ct_codes(bundle_json):
    codes = set()
    for entry in bundle_json["entry"]:
        for component in entry["resource"].get("component", []):
            assert component["code"]["coding"][0]["code"] == "363698007", "Finding site"
            codes.update(c["code"] for c in component["valueCodeableConcept"]["coding"] if c["system"] == "http://snomed.info/sct")
    assert {"37822005", "46862004", "30021000"} <= codes


def test_sessions_are_exercise_therapy_procedures(bundle_json):
    for entry in bundle_json["entry"]:
        if entry["resource"]["resourceType"] != "Procedure":
            continue
        procedure = Procedure.model_validate(entry["resource"])
        assert procedure.code.coding[0].code == "229065009"
        assert procedure.status in {"completed", "stopped"}
        assert procedure.performedPeriod.start is not None


def test_each_function_rating_is_a_0_to_10_observation_named_by_text_without_a_loinc_code(bundle_json):
    ratings = [entry["resource"] for entry in bundle_json["entry"] if is_function_rating(entry["resource"])]
    assert len(ratings) == 8, "one Observation per function check-in rating"
    for resource in ratings:
        observation = Observation.model_validate(resource)
        assert observation.code.text, "the activity is named in the person's own words"
        assert all(c.system != "http://loinc.org" for c in observation.code.coding), "no LOINC code is claimed for a personal activity"
        assert 0 <= observation.valueInteger <= 10
        assert observation.effectiveDateTime.utcoffset() is not None, "the time carries its UTC offset"
