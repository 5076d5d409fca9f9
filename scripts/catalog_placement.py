#!/usr/bin/env python3
"""Sets `position`, `bed` and `avoidIf` on every version in assets/exercises/catalog.json.

The catalog is data edited by hand; this script is the one record of which version is done
where and who should not do it as written (see the README's "Placement and cautions"). Run it
again after adding a version: it fails on a version it does not know, so none is forgotten.
"""
import json
import re
import pathlib
import sys

CATALOG = pathlib.Path(__file__).resolve().parent.parent / "assets/exercises/catalog.json"

BRIDGE_BED = "You can do this on a firm bed: lie on your back with your feet flat on the mattress."
FACE_DOWN_BED = "You can do this lying face down on a firm bed, with a pillow under your hips."
SIDE_BED = "You can do this lying on your side on a firm bed."
BACK_STRETCH_BED = "You can do this lying on your back on a firm bed."

# A version's id line (ids have a dot; family ids do not), and a placement line.
VERSION_ID = re.compile(r'^(\s*)"id": "([a-z0-9-]+\.[a-z_]+)",$')
PLACEMENT_LINE = re.compile(r'^\s*"(position|bed|avoidIf)": ')

# version id -> (position, bed sentence or None, cautions)
PLACEMENT = {
    "glute-bridge.modified": ("floor", BRIDGE_BED, ["pregnancy"]),
    "glute-bridge.standard": ("floor", BRIDGE_BED, ["pregnancy"]),
    "glute-bridge.harder": ("floor", BRIDGE_BED, ["pregnancy"]),
    "hamstring.modified": ("standing", None, []),
    "hamstring.standard": ("floor", BRIDGE_BED, ["pregnancy"]),
    "hamstring.harder": ("floor", None, ["pregnancy"]),
    "hamstring.water": ("pool", None, []),
    "leg-raise.modified": ("floor", FACE_DOWN_BED, ["pregnancy"]),
    "leg-raise.standard": ("floor", FACE_DOWN_BED, ["pregnancy"]),
    "leg-raise.harder": ("floor", FACE_DOWN_BED, ["pregnancy"]),
    "leg-raise.water": ("pool", None, []),
    "side-leg-lift.modified": ("floor", SIDE_BED, []),
    "side-leg-lift.standard": ("floor", SIDE_BED, []),
    "side-leg-lift.harder": ("floor", SIDE_BED, []),
    "side-leg-lift.water": ("pool", None, []),
    "hip-hike.modified": ("standing", None, []),
    "hip-hike.standard": ("standing", None, ["balance"]),
    "donkey-kick.modified": ("standing", None, []),
    "donkey-kick.standard": ("floor", None, []),
    "donkey-kick.harder": ("floor", None, []),
    "donkey-kick.water": ("pool", None, []),
    "squat.modified": ("seated", None, []),
    "squat.standard": ("standing", None, []),
    "squat.harder": ("seated", None, ["balance"]),
    "squat.water": ("pool", None, []),
    "lunge.modified": ("standing", None, []),
    "lunge.standard": ("standing", None, ["balance"]),
    "lunge.harder": ("standing", None, ["balance"]),
    "lunge.water": ("pool", None, []),
    "hip-flexor-stretch.modified": ("standing", None, []),
    "hip-flexor-stretch.standard": ("floor", None, []),
    "piriformis-stretch.modified": ("floor", BACK_STRETCH_BED, ["hip_replacement", "pregnancy"]),
    "piriformis-stretch.standard": ("seated", None, ["hip_replacement"]),
}

# Lying on the back is a problem in pregnancy only for a while at a time; a bridge held for
# seconds is often fine, but BackTrack cannot know the week, so it leaves the choice to the
# person's doctor or physical therapist and offers the other versions meanwhile.

def main() -> int:
    # Line by line, so the file keeps its hand-made layout: each version's placement goes on
    # the lines right after its "id", and old placement lines are replaced.
    lines = [line for line in CATALOG.read_text().split("\n") if not PLACEMENT_LINE.match(line)]
    out, seen = [], set()
    for line in lines:
        out.append(line)
        match = VERSION_ID.match(line)
        if not match:
            continue
        indent, vid = match.group(1), match.group(2)
        if vid not in PLACEMENT:
            print(f"catalog_placement.py: no placement for {vid}; add it to PLACEMENT", file=sys.stderr)
            return 1
        seen.add(vid)
        position, bed, cautions = PLACEMENT[vid]
        out.append(f'{indent}"position": {json.dumps(position)},')
        if bed:
            out.append(f'{indent}"bed": {json.dumps(bed)},')
        if cautions:
            out.append(f'{indent}"avoidIf": {json.dumps(cautions)},')
    text = "\n".join(out)
    json.loads(text)  # still valid JSON, or this fails loudly
    CATALOG.write_text(text)
    unknown = sorted(set(PLACEMENT) - seen)
    if unknown:
        print(f"catalog_placement.py: not in the catalog (yet): {', '.join(unknown)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
