#!/usr/bin/env python3
"""Draws the exercise illustrations: one stick-figure SVG per exercise version.

Each pose below is described with joint coordinates in the shared 200 x 120 viewBox. A small
drawing library turns them into the house style (navy body strokes, a filled head, green
props and movement arrows) and this script writes
assets/exercises/illustrations/<exercise-id>.svg for every exercise id in POSES.

Run it from anywhere, with no arguments and nothing but the Python 3 standard library:

    python3 scripts/draw_illustrations.py

The output is deterministic (coordinates are rounded to one decimal place), so running it
twice gives identical files. It checks each file against the rules the app's tests enforce
(a viewBox and a <title>, nothing that loads or runs anything, at most 3 KB) and stops with
an error if one is broken. Limbs are placed with fixed segment lengths, so every figure keeps
the same proportions; a limb asked to reach further than it can is reported as a warning.
"""
import math
import pathlib
import sys
from xml.sax.saxutils import escape

OUT_DIR = pathlib.Path(__file__).resolve().parent.parent / "assets/exercises/illustrations"
MAX_BYTES = 3 * 1024
FORBIDDEN = ["<script", "<image", "<foreignObject", "href", "@font-face", "url("]

STYLE = (".b{fill:none;stroke:#1d3557;stroke-width:7;stroke-linecap:round;stroke-linejoin:round}"
         ".h{fill:#1d3557}"
         ".p,.a{fill:none;stroke:#2a7f62;stroke-width:4;stroke-linecap:round;stroke-linejoin:round}")

# Body proportions in viewBox units. A standing figure is about 98 units tall, head top to sole.
HEAD_R = 8
NECK = 4            # shoulder line to the bottom of the neck stroke
HEAD_GAP = NECK + 2 + HEAD_R   # shoulder to head centre
TRUNK = 28          # hip joint to shoulder
UPPER_ARM = 16
FOREARM = 15
THIGH = 23
SHIN = 22
FOOT = 8

GROUND = 110        # centre of the ground line; its top edge is at 108
ANKLE = 105         # ankle height of a foot standing on the ground
FLOOR = 104         # centre line of a body part lying on the floor (or on a mat)
STAND_HIP = ANKLE - THIGH - SHIN   # 60
WATER = 55          # waist-deep water surface for a standing figure
EDGE = 48           # top of the pool wall
SEAT = 82           # chair seat
CHAIR_TOP = 54      # top of a chair back
COUNTER_TOP = 60

WARNINGS = []


# ---------------------------------------------------------------- geometry

def num(v):
    """A coordinate as short, stable text: one decimal place, no trailing .0, no -0."""
    r = round(v, 1)
    if r == 0:
        r = 0.0
    text = f"{r:.1f}"
    return text[:-2] if text.endswith(".0") else text


def polar(p, length, degrees):
    """The point `length` away from p at an angle (0 = right, 90 = up on the page)."""
    a = math.radians(degrees)
    return (p[0] + length * math.cos(a), p[1] - length * math.sin(a))


def dist(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])


def direction(p, q):
    """The angle of the line from p to q, in the same convention as polar()."""
    return math.degrees(math.atan2(p[1] - q[1], q[0] - p[0]))


def joint(a, c, l1, l2, toward, name="limb"):
    """The middle joint (knee or elbow) of a two-bone limb from a to c.

    Of the two possible places, the one further in the direction `toward` (a vector such as
    (1, 0) for "forward" when facing right) is chosen. A limb that cannot bend is drawn straight.
    """
    d = dist(a, c)
    if d >= l1 + l2:
        if d > (l1 + l2) * 1.03:
            WARNINGS.append(f"{name} over-stretched by {d - l1 - l2:.1f}")
        t = l1 / (l1 + l2)
        return (a[0] + (c[0] - a[0]) * t, a[1] + (c[1] - a[1]) * t)
    if d < abs(l1 - l2) + 0.01:
        WARNINGS.append(f"{name} too short to reach")
        d = abs(l1 - l2) + 0.01
    x = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - x * x, 0.0))
    ux, uy = (c[0] - a[0]) / d, (c[1] - a[1]) / d
    base = (a[0] + ux * x, a[1] + uy * x)
    k1 = (base[0] - uy * h, base[1] + ux * h)
    k2 = (base[0] + uy * h, base[1] - ux * h)

    def score(k):
        return (k[0] - base[0]) * toward[0] + (k[1] - base[1]) * toward[1]
    return k1 if score(k1) >= score(k2) else k2


def leg(hip, ankle, toward, foot_deg):
    """Hip, knee, ankle and toe of a leg whose ankle is at `ankle`."""
    knee = joint(hip, ankle, THIGH, SHIN, toward, "leg")
    return [hip, knee, ankle, polar(ankle, FOOT, foot_deg)]


def leg_angles(hip, thigh_deg, shin_deg, foot_deg):
    """A leg laid out by the direction of each segment."""
    knee = polar(hip, THIGH, thigh_deg)
    ankle = polar(knee, SHIN, shin_deg)
    return [hip, knee, ankle, polar(ankle, FOOT, foot_deg)]


def arm(shoulder, hand, toward):
    elbow = joint(shoulder, hand, UPPER_ARM, FOREARM, toward, "arm")
    return [shoulder, elbow, hand]


# ---------------------------------------------------------------- drawing

class Drawing:
    """One illustration: a title and a list of SVG elements, drawn in order."""

    def __init__(self, title):
        self.title = title
        self.items = []

    def line(self, cls, points):
        text = " ".join(f"{num(x)},{num(y)}" for x, y in points)
        self.items.append(f'<polyline class="{cls}" points="{text}"/>')

    def body(self, points):
        self.line("b", points)

    def prop(self, points):
        self.line("p", points)

    def head(self, centre):
        self.items.append(f'<circle class="h" cx="{num(centre[0])}" cy="{num(centre[1])}" r="{HEAD_R}"/>')

    # -- props

    def ground(self, x0=6, x1=194):
        self.prop([(x0, GROUND), (x1, GROUND)])

    def mat(self, x0, x1):
        """An exercise mat (or a firm bed): a thicker stretch of the floor."""
        self.items.append(f'<rect class="p" x="{num(x0)}" y="{GROUND - 2}" width="{num(x1 - x0)}" height="4" rx="2"/>')

    def cushion(self, x, y, w, h):
        """A cushion or pillow whose top left corner is at (x, y)."""
        self.items.append(f'<rect class="p" x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}" rx="{num(h / 2)}"/>')

    def chair(self, back_x, seat_dir):
        """A chair seen from the side: the back at back_x, the seat running toward seat_dir (+1 right, -1 left)."""
        front = back_x + 22 * seat_dir
        self.prop([(back_x, CHAIR_TOP), (back_x, SEAT), (front, SEAT), (front, GROUND)])
        self.prop([(back_x, SEAT), (back_x, GROUND)])

    def counter(self, edge_x, side, top=COUNTER_TOP):
        """A kitchen counter seen end on; its front edge at edge_x, the rest toward side (+1 / -1)."""
        far = 6 if side < 0 else 194
        self.prop([(far, top), (edge_x, top), (edge_x, GROUND)])

    def table(self, edge_x, top=64):
        """A table top from edge_x to the right, with one leg near its far end."""
        self.prop([(edge_x, top), (194, top)])
        self.prop([(edge_x + 34, top), (edge_x + 34, GROUND)])

    def pool(self, wall_x, side, water=WATER):
        """A pool: its floor, the wall at wall_x with the deck beyond it (toward side), and the water."""
        if side > 0:
            self.prop([(6, GROUND), (wall_x, GROUND), (wall_x, EDGE), (194, EDGE)])
            self.water(6, wall_x, water)
        else:
            self.prop([(6, EDGE), (wall_x, EDGE), (wall_x, GROUND), (194, GROUND)])
            self.water(wall_x, 194, water)

    def water(self, x0, x1, y):
        """A wavy water line from x0 to x1 (drawn over the body, so the figure stands in it)."""
        step = 12
        n = max(1, int((x1 - x0 - 6) // step))
        start = x0 + (x1 - x0 - n * step) / 2
        waves = "q6,-3 12,0" + " t12,0" * (n - 1)
        self.items.append(f'<path class="p" d="M{num(start)},{num(y)} {waves}"/>')

    def stairs(self, edge_x, floor, rise):
        """Three stairs rising to the left, seen from the side; the bottom step's edge is at edge_x.
        (The floor is given because a figure standing on a step needs it lower than GROUND.)"""
        y1, y2, y3 = floor - rise, floor - 2 * rise, floor - 3 * rise
        self.prop([(6, y3), (edge_x - 64, y3), (edge_x - 64, y2), (edge_x - 32, y2),
                   (edge_x - 32, y1), (edge_x, y1), (edge_x, floor), (194, floor)])

    # -- signs

    def arrow(self, start, tip):
        """A straight movement arrow pointing at tip."""
        self.line("a", [start, tip])
        self._head(tip, (tip[0] - start[0], tip[1] - start[1]))

    def arc_arrow(self, centre, r, a0, a1):
        """A curved arrow around centre from angle a0 to a1 (degrees, 0 = right, 90 = up)."""
        p0, p1 = polar(centre, r, a0), polar(centre, r, a1)
        large = 1 if abs(a1 - a0) > 180 else 0
        sweep = 0 if a1 > a0 else 1
        self.items.append(f'<path class="a" d="M{num(p0[0])},{num(p0[1])} A{num(r)},{num(r)} 0 {large} {sweep} {num(p1[0])},{num(p1[1])}"/>')
        a = math.radians(a1)
        s = 1 if a1 > a0 else -1
        self._head(p1, (-math.sin(a) * s, -math.cos(a) * s))

    def _head(self, tip, direction):
        length = math.hypot(*direction)
        ux, uy = direction[0] / length, direction[1] / length
        back = (tip[0] - ux * 6.5, tip[1] - uy * 6.5)
        self.line("a", [(back[0] - uy * 3.6, back[1] + ux * 3.6), tip, (back[0] + uy * 3.6, back[1] - ux * 3.6)])

    def pause(self, cx, cy):
        """A hold marker: a pause sign in a circle."""
        self.items.append(f'<circle class="p" cx="{num(cx)}" cy="{num(cy)}" r="10"/>')
        self.line("a", [(cx - 3.5, cy - 4), (cx - 3.5, cy + 4)])
        self.line("a", [(cx + 3.5, cy - 4), (cx + 3.5, cy + 4)])

    def svg(self):
        parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 120" role="img" aria-labelledby="t">',
                 f'<title id="t">{escape(self.title)}</title>',
                 f"<style>{STYLE}</style>"]
        parts.extend(self.items)
        parts.append("</svg>")
        return "\n".join(parts) + "\n"


def shoulder_of(hip, trunk_deg):
    return polar(hip, TRUNK, trunk_deg)


def person(d, hip, trunk_deg, legs=(), arms=(), head_deg=None):
    """Draws a side-view figure: trunk from the hip at trunk_deg, the head on top of the spine
    (tilted to head_deg if given), then the given legs and arms (point lists from leg()/arm())."""
    shoulder = shoulder_of(hip, trunk_deg)
    hd = trunk_deg if head_deg is None else head_deg
    d.head(polar(shoulder, HEAD_GAP, hd))
    d.body([hip, shoulder, polar(shoulder, NECK, hd)])
    for limb in list(legs) + list(arms):
        d.body(limb)
    return shoulder


def hanging_hand(cx, pelvis_y):
    """Where the right hand of a front-view figure hangs, relaxed, by its side."""
    return (cx + 14, pelvis_y - TRUNK + UPPER_ARM + FOREARM - 1)


def front_person(d, cx, hip_left_y, hip_right_y, feet, hands, arm_toward=((-1, 0), (1, 0))):
    """Draws a figure seen from the front, centred on cx. feet and hands are (left, right) points;
    the knees are straight unless the foot is closer than a straight leg reaches."""
    half_hip, half_shoulder = 6, 10
    hl, hr = (cx - half_hip, hip_left_y), (cx + half_hip, hip_right_y)
    pelvis = (cx, (hip_left_y + hip_right_y) / 2)
    sy = pelvis[1] - TRUNK
    sl, sr = (cx - half_shoulder, sy), (cx + half_shoulder, sy)
    d.head((cx, sy - HEAD_GAP))
    d.body([pelvis, (cx, sy - NECK)])
    d.body(list(reversed(arm(sl, hands[0], arm_toward[0]))) + arm(sr, hands[1], arm_toward[1]))
    kl = joint(hl, feet[0], THIGH, SHIN, (-1, 0), "leg")
    kr = joint(hr, feet[1], THIGH, SHIN, (1, 0), "leg")
    d.body([(feet[0][0] - 5, feet[0][1] + 1), feet[0], kl, hl, hr, kr, feet[1], (feet[1][0] + 5, feet[1][1] + 1)])


# ---------------------------------------------------------------- poses

def lying_on_back(d, shoulder, trunk_deg):
    """Head, trunk and arms of a figure lying on its back, head to the left. Returns the hip."""
    hip = polar(shoulder, TRUNK, trunk_deg)
    d.head((shoulder[0] - HEAD_GAP + 1, FLOOR - 4))
    d.body([(shoulder[0] - NECK, shoulder[1] - 1), shoulder, hip])
    d.body([shoulder, (shoulder[0] + UPPER_ARM + FOREARM, FLOOR)])
    return hip


def bridge(d, lift_deg, single_leg=False):
    shoulder = (46, FLOOR)
    hip = lying_on_back(d, shoulder, lift_deg)
    knee = polar(hip, THIGH, lift_deg)
    ankle = polar(knee, SHIN, lift_deg - 90)
    d.body([hip, knee, ankle, (ankle[0] + FOOT, FLOOR + 1)])
    if single_leg:
        straight = polar(hip, THIGH + SHIN, lift_deg)
        d.body([knee, straight, polar(straight, FOOT, lift_deg + 90)])
    return hip


def glute_bridge_modified():
    d = Drawing("Small bridge: lying on your back with knees bent, feet flat and arms at your sides, "
                "hips lifted just a little off the floor")
    d.ground(); d.mat(16, 150)
    shoulder = (46, FLOOR)
    hip = lying_on_back(d, shoulder, 12)
    d.body(leg(hip, (110, FLOOR - 1), (0, -1), -4))
    d.arrow((hip[0], hip[1] - 8), (hip[0], hip[1] - 24))
    return d


def glute_bridge_standard():
    d = Drawing("Glute bridge: lying on your back with knees bent and feet flat, hips lifted so your "
                "shoulders, hips and knees form a straight line")
    d.ground(); d.mat(16, 150)
    hip = bridge(d, 28)
    d.arrow((hip[0] - 2, hip[1] - 8), (hip[0] - 2, hip[1] - 26))
    return d


def glute_bridge_harder():
    d = Drawing("Single-leg bridge: lying on your back with one foot flat and the other leg held straight, "
                "hips lifted level in a line from shoulders to knee")
    d.ground(); d.mat(16, 150)
    hip = bridge(d, 28, single_leg=True)
    d.arrow((hip[0] - 2, hip[1] - 8), (hip[0] - 2, hip[1] - 26))
    return d


def hamstring_standard():
    d = Drawing("Heel-dig bridge: lying on your back with your feet farther out, toes lifted and heels "
                "pressing into the floor, hips raised a little")
    d.ground(); d.mat(16, 164)
    shoulder = (46, FLOOR)
    hip = lying_on_back(d, shoulder, 16)
    heel = (hip[0] + 40, FLOOR - 1)
    d.body(leg(hip, heel, (0, -1), 62))
    d.arrow((hip[0], hip[1] - 8), (hip[0], hip[1] - 22))
    d.arrow((heel[0] + 14, heel[1] - 18), (heel[0] + 14, heel[1] - 2))
    return d


def hamstring_harder():
    d = Drawing("Bridge walkout: hips held up in a bridge while your heels walk away from you in "
                "small steps, then back")
    d.ground(); d.mat(16, 176)
    shoulder = (40, FLOOR)
    hip = lying_on_back(d, shoulder, 30)
    heel = (hip[0] + 41, FLOOR - 1)
    d.body(leg(hip, heel, (0, -1), 70))
    d.arrow((hip[0], hip[1] - 8), (hip[0], hip[1] - 22))
    d.arrow((heel[0] + 14, heel[1] - 4), (heel[0] + 38, heel[1] - 4))
    return d


def standing_curl(d, hip, wall_hand):
    """Upright figure facing right, one knee bent so the heel comes up behind."""
    shoulder = shoulder_of(hip, 90)
    standing = leg(hip, (hip[0] + 1, ANKLE), (1, 0), -2)
    curl = leg_angles(hip, 268, 160, 250)
    person(d, hip, 90, [standing, curl], [arm(shoulder, wall_hand, (0, 1))])
    return curl


def hamstring_modified():
    d = Drawing("Standing hamstring curl: standing tall holding the back of a chair, one knee bent to "
                "bring that heel up toward your buttock")
    d.ground(); d.chair(113, 1)
    hip = (90, STAND_HIP)
    standing_curl(d, hip, (112, CHAIR_TOP - 1))
    d.arc_arrow(polar(hip, THIGH, 268), 30, 225, 165)
    return d


def hamstring_water():
    d = Drawing("Hamstring curl in the pool: standing in waist-deep water holding the pool edge, one knee "
                "bent to bring that heel back and up")
    hip = (110, STAND_HIP)
    d.pool(136, 1)
    standing_curl(d, hip, (135, EDGE - 1))
    d.arc_arrow(polar(hip, THIGH, 268), 30, 225, 165)
    return d


def lying_face_down(d, hip_y=FLOOR - 2):
    """Head on folded arms, trunk along the floor, head to the left. Returns the hip."""
    shoulder = (70, FLOOR - 3)
    hip = (shoulder[0] + math.sqrt(TRUNK ** 2 - (hip_y - shoulder[1]) ** 2), hip_y)
    d.body([(36, FLOOR), (58, FLOOR), shoulder])
    d.head((50, FLOOR - 11))
    d.body([(59, FLOOR - 7), shoulder, hip])
    return hip


def prone_legs(d, hip, lift_deg):
    flat = leg(hip, (hip[0] + THIGH + SHIN - 1, FLOOR - 2), (0, -1), -40)
    lifted = leg_angles(hip, lift_deg, lift_deg, lift_deg - 40)
    d.body(flat); d.body(lifted)
    return lifted


def leg_raise_modified():
    d = Drawing("Small leg lift lying face down: a pillow under your hips and your head on folded arms, "
                "one straight leg lifted just off the floor")
    d.ground(); d.mat(26, 170)
    d.cushion(84, 99, 30, 8)
    hip = lying_face_down(d, hip_y=FLOOR - 9)
    lifted = prone_legs(d, hip, -1)
    toe = lifted[2]
    d.arrow((toe[0] + 12, toe[1] + 4), (toe[0] + 12, toe[1] - 10))
    return d


def leg_raise_standard():
    d = Drawing("Leg raise lying face down: head resting on folded arms, one straight leg lifted about a "
                "hand's height off the floor")
    d.ground(); d.mat(26, 170)
    hip = lying_face_down(d)
    lifted = prone_legs(d, hip, 14)
    toe = lifted[2]
    d.arrow((toe[0] + 12, toe[1] + 8), (toe[0] + 12, toe[1] - 8))
    return d


def leg_raise_harder():
    d = Drawing("Bent-knee leg raise lying face down: one knee bent so the sole of that foot faces the "
                "ceiling, the foot pushed a little higher")
    d.ground(); d.mat(26, 170)
    hip = lying_face_down(d)
    d.body(leg(hip, (hip[0] + THIGH + SHIN - 1, FLOOR - 2), (0, -1), -40))
    bent = leg_angles(hip, 8, 96, 6)
    d.body(bent)
    ankle = bent[2]
    d.arrow((ankle[0] + 18, ankle[1] + 14), (ankle[0] + 18, ankle[1] - 4))
    return d


def pool_stand(d, hip, back_leg, wall_hand, trunk=90):
    """Upright figure facing right in the pool, both hands on the edge, one leg doing the work."""
    shoulder = shoulder_of(hip, trunk)
    standing = leg(hip, (hip[0] + 1, ANKLE), (1, 0), -2)
    person(d, hip, trunk, [standing, back_leg], [arm(shoulder, wall_hand, (0, 1))])


def leg_raise_water():
    d = Drawing("Leg swing back in the pool: standing in waist-deep water facing the wall and holding the "
                "edge, one straight leg swung back behind you")
    d.pool(136, 1)
    hip = (112, STAND_HIP)
    swing = leg_angles(hip, 238, 238, 196)
    pool_stand(d, hip, swing, (135, EDGE - 1))
    d.arc_arrow(hip, 36, 228, 206)
    return d


def donkey_kick_water():
    d = Drawing("Kick back in the pool: standing upright in waist-deep water holding the edge, one knee "
                "bent and that foot pushing back through the water")
    d.pool(136, 1)
    hip = (112, STAND_HIP)
    kick = leg_angles(hip, 250, 170, 260)
    pool_stand(d, hip, kick, (135, EDGE - 1))
    ankle = kick[2]
    d.arrow((ankle[0] - 4, ankle[1] - 12), (ankle[0] - 26, ankle[1] - 12))
    return d


def donkey_kick_modified():
    d = Drawing("Supported standing kick back: standing tall facing a counter with both hands on it, one "
                "straight leg moving a little way back")
    d.ground(); d.counter(122, 1)
    hip = (104, STAND_HIP)
    shoulder = shoulder_of(hip, 90)
    standing = leg(hip, (hip[0] + 1, ANKLE), (1, 0), -2)
    back = leg_angles(hip, 240, 240, 200)
    person(d, hip, 90, [standing, back], [arm(shoulder, (121, COUNTER_TOP - 2), (0, 1))])
    d.arc_arrow(hip, 36, 230, 208)
    return d


def all_fours(d):
    """Hands under shoulders and knees under hips, head to the left. Returns the hip."""
    hand, knee = (60, ANKLE), (92, FLOOR - 2)
    hip = (knee[0], knee[1] - THIGH)
    shoulder = (hip[0] - math.sqrt(TRUNK ** 2 - (hand[1] - UPPER_ARM - FOREARM - hip[1]) ** 2),
                hand[1] - UPPER_ARM - FOREARM)
    person(d, hip, direction(hip, shoulder), [], [arm(shoulder, hand, (1, 0))])
    d.body([hip, knee, (knee[0] + SHIN, FLOOR), (knee[0] + SHIN + FOOT - 1, FLOOR + 2)])
    return hip


def donkey_kick_standard():
    d = Drawing("Donkey kick: on hands and knees with a flat back, one knee bent and that foot pushed up "
                "toward the ceiling until the thigh is level with your back")
    d.ground(); d.mat(40, 150)
    hip = all_fours(d)
    kick = leg_angles(hip, 2, 90, 0)
    d.body(kick)
    ankle = kick[2]
    d.arrow((ankle[0] + 16, ankle[1] + 16), (ankle[0] + 16, ankle[1] - 4))
    return d


def donkey_kick_harder():
    d = Drawing("Straight-leg kick back: on hands and knees with a flat back, one straight leg lifted "
                "behind you until it is level with your back")
    d.ground(); d.mat(40, 150)
    hip = all_fours(d)
    kick = leg_angles(hip, 2, 2, -70)
    d.body(kick)
    ankle = kick[2]
    d.arrow((ankle[0] + 10, ankle[1] + 22), (ankle[0] + 10, ankle[1] + 2))
    return d


def side_lying(d, top_hand=True):
    """Lying on the left side seen from the front, head propped on the lower arm. Returns the hip."""
    shoulder, hip = (56, FLOOR - 4), (84, FLOOR - 4)
    d.body([(20, FLOOR), (44, FLOOR), (shoulder[0] - 2, FLOOR - 1)])
    d.head((shoulder[0] - 13, FLOOR - 12))
    d.body([(shoulder[0] - 4, shoulder[1] - 2), shoulder, hip])
    if top_hand:
        d.body([shoulder, (shoulder[0] + 11, FLOOR - 17), (shoulder[0] + 21, FLOOR)])
    return hip


def side_leg_lift_modified():
    d = Drawing("Clamshell: lying on your side with hips and knees bent and feet together, the top knee "
                "opening like a book")
    d.ground(); d.mat(14, 150)
    hip = side_lying(d, top_hand=False)
    feet = (hip[0] + 36, FLOOR - 2)
    d.body([hip, (hip[0] + 19, FLOOR), feet])
    top_knee = (hip[0] + 17, hip[1] - 24)
    d.body([(hip[0], hip[1] - 4), top_knee, feet])
    d.arrow((top_knee[0], top_knee[1] - 9), (top_knee[0], top_knee[1] - 25))
    return d


def side_leg_lift_standard(pause=False):
    if pause:
        title = ("Side-lying leg lift with a pause: lying on your side with both legs straight, the top leg "
                 "lifted a little way and held for a count of two")
    else:
        title = ("Side-lying leg lift: lying on your side with your head on your lower arm and your top hand "
                 "on the floor, the straight top leg lifted a little way")
    d = Drawing(title)
    d.ground(); d.mat(14, 150)
    hip = side_lying(d)
    d.body([hip, (hip[0] + THIGH + SHIN, FLOOR - 2), (hip[0] + THIGH + SHIN + 6, FLOOR - 6)])
    top = polar((hip[0], hip[1] - 3), THIGH + SHIN, 24)
    d.body([(hip[0], hip[1] - 3), top, polar(top, 6, 90)])
    if pause:
        d.pause(top[0] + 12, top[1] - 14)
    else:
        d.arc_arrow(hip, 58, 6, 22)
    return d


def side_leg_lift_water():
    d = Drawing("Side leg lift in the pool: standing upright in waist-deep water side-on to the wall, one "
                "hand on the edge, the outside leg lifted out to the side")
    d.pool(54, -1)
    cx = 84
    hip_y = STAND_HIP
    lifted = polar((cx + 6, hip_y), THIGH + SHIN, -58)
    front_person(d, cx, hip_y, hip_y, ((cx - 7, ANKLE), lifted), ((56, EDGE - 1), hanging_hand(cx, hip_y)),
                 arm_toward=((0, 1), (1, 0)))
    d.arc_arrow((cx + 6, hip_y), 36, -52, -32)
    return d


def seated(d, hip, trunk_deg, feet, hands, leg_toward=(0, -1)):
    shoulder = shoulder_of(hip, trunk_deg)
    legs = [leg(hip, f, leg_toward, fd) for f, fd in feet]
    arms = [arm(shoulder, h, t) for h, t in hands]
    person(d, hip, trunk_deg, legs, arms)
    return shoulder


def squat_modified():
    d = Drawing("Sit to stand: sitting near the front of a chair with feet flat, leaning forward from your "
                "hips with your hands on your thighs, ready to stand up")
    d.ground(); d.chair(58, 1)
    hip = (74, SEAT - 5)
    seated(d, hip, 62, [((hip[0] + 19, ANKLE), 0)], [((hip[0] + 20, hip[1] - 1), (1, 0))])
    d.arrow((128, 78), (128, 50))
    return d


def squat_standard():
    d = Drawing("Chair squat: hips pushed back and knees bent until your seat almost touches the chair, "
                "arms reaching forward")
    d.ground(); d.chair(52, 1)
    hip = (72, SEAT - 9)
    shoulder = shoulder_of(hip, 55)
    person(d, hip, 55, [leg(hip, (hip[0] + 26, ANKLE), (1, 0), 0)],
           [arm(shoulder, (shoulder[0] + 30, shoulder[1] + 2), (0, 1))])
    d.arrow((134, 86), (134, 58))
    return d


def squat_harder():
    d = Drawing("Single-leg sit to stand: sitting near the front of a chair with one foot flat and the "
                "other lifted off the floor, fingertips on a table for balance")
    d.ground(); d.chair(48, 1); d.table(104)
    hip = (64, SEAT - 5)
    shoulder = shoulder_of(hip, 64)
    lifted = leg_angles(hip, -14, -44, 46)
    person(d, hip, 64, [leg(hip, (hip[0] + 18, ANKLE), (0, -1), 0), lifted],
           [arm(shoulder, (106, 62), (0, 1))])
    d.arrow((60, 50), (60, 28))
    return d


def squat_water():
    d = Drawing("Squat in the pool: standing in waist-deep water holding the pool edge, hips pushed back "
                "and knees bent as if sitting on a chair")
    d.pool(140, 1)
    hip = (96, SEAT - 8)
    shoulder = shoulder_of(hip, 62)
    person(d, hip, 62, [leg(hip, (hip[0] + 24, ANKLE), (1, 0), 0)],
           [arm(shoulder, (139, EDGE - 1), (0, 1))])
    d.arrow((70, 92), (70, 68))
    return d


def lunge_pose(d, hip, front_ankle, back_toe, back_heel_up=True):
    """Upright split stance facing right. Returns (front leg, back leg) point lists."""
    front = leg(hip, front_ankle, (1, 0), 0)
    back_ankle = (back_toe[0] + 6, back_toe[1] - 5) if back_heel_up else back_toe
    back = leg(hip, back_ankle, (1, 0.4), 220)
    return front, back


def lunge_modified():
    d = Drawing("Supported split-stance dip: holding a chair with one hand, feet apart front to back with "
                "the back heel lifted, both knees bent a little to lower a short way")
    d.ground(); d.chair(116, 1)
    hip = (92, STAND_HIP + 9)
    shoulder = shoulder_of(hip, 90)
    front, back = lunge_pose(d, hip, (106, ANKLE), (66, ANKLE + 3))
    person(d, hip, 90, [front, back], [arm(shoulder, (115, CHAIR_TOP - 1), (0, 1))])
    d.arrow((74, 44), (74, 64))
    return d


def deep_lunge(d, hip, stride_back, stride_front):
    front_ankle = (hip[0] + stride_front, ANKLE)
    back_toe = (hip[0] - stride_back, ANKLE + 3)
    front, back = lunge_pose(d, hip, front_ankle, back_toe)
    shoulder = shoulder_of(hip, 90)
    person(d, hip, 90, [front, back], [arm(shoulder, (hip[0] + 13, hip[1]), (-1, 0))])
    return front, back


def lunge_standard():
    d = Drawing("Reverse lunge: one foot stepped back and the back knee lowered toward the floor, front "
                "knee over the ankle and body upright")
    d.ground()
    hip = (104, 78)
    front, back = deep_lunge(d, hip, 30, 22)
    d.arrow((hip[0] - 16, 80), (hip[0] - 44, 80))
    return d


def lunge_harder():
    d = Drawing("Forward lunge: a big step forward and the back knee lowered toward the floor, front knee "
                "over the ankle and body upright")
    d.ground()
    hip = (86, 78)
    front, back = deep_lunge(d, hip, 30, 24)
    d.arrow((hip[0] + 38, 80), (hip[0] + 64, 80))
    return d


def lunge_water():
    d = Drawing("Walking lunges in the pool: in waist-deep water near the wall, a long step forward with "
                "both knees bent a little")
    d.ground()
    hip = (96, STAND_HIP + 7)
    front, back = lunge_pose(d, hip, (hip[0] + 24, ANKLE), (hip[0] - 30, ANKLE + 3))
    shoulder = shoulder_of(hip, 90)
    person(d, hip, 90, [front, back], [arm(shoulder, (hip[0] + 15, hip[1] - 3), (-1, 0)),
                                       arm(shoulder, (hip[0] - 14, hip[1] - 3), (1, 0))])
    d.water(6, 194, WATER - 4)
    d.arrow((142, 80), (172, 80))
    return d


def piriformis_modified():
    d = Drawing("Lying figure-four stretch: lying on your back with knees bent, one ankle crossed over "
                "the other knee")
    d.ground(); d.mat(16, 156)
    shoulder = (50, FLOOR)
    hip = lying_on_back(d, shoulder, 0)
    support = leg(hip, (hip[0] + 30, FLOOR - 1), (0, -1), -4)
    d.body(support)
    knee = support[1]
    ankle = (knee[0] + 2, knee[1] - 6)
    cross_knee = (hip[0] - 2, knee[1] - 10)
    d.body([hip, cross_knee, ankle, (ankle[0] + FOOT, ankle[1] - 2)])
    return d


def piriformis_standard():
    d = Drawing("Seated figure-four stretch: sitting tall on a chair with one ankle resting on the other "
                "knee, leaning forward from your hips with a straight back")
    d.ground(); d.chair(58, 1)
    hip = (72, SEAT - 5)
    trunk = 68
    support = leg(hip, (hip[0] + 24, ANKLE), (1, -1), 0)
    knee = support[1]
    ankle = (knee[0] + 2, knee[1] - 7)
    cross_knee = (hip[0] + 14, hip[1] - 9)
    # The arms are left out: any arm drawn over the crossed leg hides the figure-four shape.
    person(d, hip, trunk, [support, [hip, cross_knee, ankle, (ankle[0] + FOOT, ankle[1] - 2)]])
    d.arc_arrow(hip, 58, 80, 58)
    return d


def hip_hike_modified():
    d = Drawing("Hip hike on the floor: standing side-on to a counter with one hand on it and both knees "
                "straight, one foot lifted just off the floor by raising that side of the pelvis")
    d.ground(); d.counter(62, -1)
    cx = 88
    hip_l, hip_r = STAND_HIP, STAND_HIP - 5
    front_person(d, cx, hip_l, hip_r, ((cx - 6, ANKLE), (cx + 6, ANKLE - 5)),
                 ((64, COUNTER_TOP - 2), hanging_hand(cx, (hip_l + hip_r) / 2)), arm_toward=((0, 1), (1, 0)))
    d.arrow((cx + 24, hip_r + 12), (cx + 24, hip_r - 8))
    return d


def hip_hike_standard():
    d = Drawing("Hip hike on a step: standing side-on on the bottom stair and holding the rail, one foot on "
                "the step and the other hanging past its edge, that hip lifting until the pelvis is level")
    edge, floor, rise = 98, 115, 9
    d.stairs(edge, floor, rise)
    foot_y = floor - rise - 2 - 3.5
    hip_l = foot_y - THIGH - SHIN
    hip_r = hip_l + 4
    rail_end = (78, hip_l + 4)
    d.prop([polar(rail_end, 68, 160), rail_end, (rail_end[0], floor - rise)])
    cx = edge - 4
    front_person(d, cx, hip_l, hip_r, ((cx - 6, foot_y), (cx + 7, hip_r + THIGH + SHIN - 0.5)),
                 (rail_end, hanging_hand(cx, (hip_l + hip_r) / 2)), arm_toward=((0, 1), (1, 0)))
    d.arrow((cx + 24, hip_r + 12), (cx + 24, hip_r - 8))
    return d


def hip_flexor_modified():
    d = Drawing("Standing hip flexor stretch: holding a chair back, one foot a step behind the other with the "
                "back leg straight and the front knee a little bent, hips pushed gently forward")
    d.ground(); d.chair(124, 1)
    hip = (98, STAND_HIP + 4)
    shoulder = shoulder_of(hip, 93)
    front = leg(hip, (hip[0] + 15, ANKLE), (1, 0), 0)
    back = leg_angles(hip, 239, 239, -35)
    person(d, hip, 93, [front, back], [arm(shoulder, (123, CHAIR_TOP - 1), (0, 1))])
    d.arrow((hip[0] - 26, hip[1] - 6), (hip[0] - 8, hip[1] - 6))
    return d


def hip_flexor_standard():
    d = Drawing("Kneeling hip flexor stretch: half kneeling with the back knee on a cushion and the front "
                "foot flat, knee over ankle, one hand on a chair and hips pushed forward")
    d.ground()
    knee = (70, 96)
    d.cushion(knee[0] - 14, 100, 28, 8)
    hip = polar(knee, THIGH, 70)
    front_ankle = (hip[0] + math.sqrt(THIGH ** 2 - (ANKLE - SHIN - hip[1]) ** 2), ANKLE)
    d.chair(front_ankle[0] + 11, 1)
    shoulder = shoulder_of(hip, 89)
    front = leg(hip, front_ankle, (1, 0), 0)
    back = [hip, knee, (knee[0] - SHIN, FLOOR - 1), (knee[0] - SHIN - FOOT + 1, FLOOR + 2)]
    person(d, hip, 89, [front, back], [arm(shoulder, (front_ankle[0] + 10, CHAIR_TOP - 1), (0, 1))])
    d.arrow((hip[0] - 26, hip[1] - 10), (hip[0] - 8, hip[1] - 10))
    return d


POSES = {
    "glute-bridge.modified": glute_bridge_modified,
    "glute-bridge.standard": glute_bridge_standard,
    "glute-bridge.harder": glute_bridge_harder,
    "hamstring.modified": hamstring_modified,
    "hamstring.standard": hamstring_standard,
    "hamstring.harder": hamstring_harder,
    "hamstring.water": hamstring_water,
    "leg-raise.modified": leg_raise_modified,
    "leg-raise.standard": leg_raise_standard,
    "leg-raise.harder": leg_raise_harder,
    "leg-raise.water": leg_raise_water,
    "side-leg-lift.modified": side_leg_lift_modified,
    "side-leg-lift.standard": side_leg_lift_standard,
    "side-leg-lift.harder": lambda: side_leg_lift_standard(pause=True),
    "side-leg-lift.water": side_leg_lift_water,
    "donkey-kick.modified": donkey_kick_modified,
    "donkey-kick.standard": donkey_kick_standard,
    "donkey-kick.harder": donkey_kick_harder,
    "donkey-kick.water": donkey_kick_water,
    "squat.modified": squat_modified,
    "squat.standard": squat_standard,
    "squat.harder": squat_harder,
    "squat.water": squat_water,
    "lunge.modified": lunge_modified,
    "lunge.standard": lunge_standard,
    "lunge.harder": lunge_harder,
    "lunge.water": lunge_water,
    "piriformis-stretch.modified": piriformis_modified,
    "piriformis-stretch.standard": piriformis_standard,
    "hip-hike.modified": hip_hike_modified,
    "hip-hike.standard": hip_hike_standard,
    "hip-flexor-stretch.modified": hip_flexor_modified,
    "hip-flexor-stretch.standard": hip_flexor_standard,
}


def check(name, svg):
    problems = []
    if "viewBox=" not in svg or "<title" not in svg:
        problems.append("needs a viewBox and a <title>")
    problems += [f"contains {word}" for word in FORBIDDEN if word in svg]
    size = len(svg.encode("utf-8"))
    if size > MAX_BYTES:
        problems.append(f"{size} bytes, over {MAX_BYTES}")
    return [f"{name}: {p}" for p in problems]


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    problems = []
    for exercise_id, draw in POSES.items():
        WARNINGS.clear()
        svg = draw().svg()
        problems += check(exercise_id, svg)
        for warning in WARNINGS:
            print(f"warning: {exercise_id}: {warning}", file=sys.stderr)
        (OUT_DIR / f"{exercise_id}.svg").write_text(svg, encoding="utf-8", newline="\n")
    if problems:
        sys.exit("\n".join(problems))
    print(f"wrote {len(POSES)} illustrations to {OUT_DIR}")


if __name__ == "__main__":
    main()
