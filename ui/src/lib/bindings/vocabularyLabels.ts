// Written by `cargo test` from src-tauri/domain/vocabulary.rs (labels_module). Do not edit.
import type { BodySite } from './BodySite';
import type { PainQuality } from './PainQuality';
import type { WorseFactor } from './WorseFactor';
import type { BetterFactor } from './BetterFactor';
import type { LegRadiation } from './LegRadiation';
import type { Mood } from './Mood';

export const BODY_SITE_LABELS: ReadonlyArray<{ value: BodySite; label: string }> = [
  { value: "lower_back_left", label: "Lower back, left side" },
  { value: "lower_back_centre", label: "Lower back, middle" },
  { value: "lower_back_right", label: "Lower back, right side" },
  { value: "buttock_left", label: "Left buttock" },
  { value: "buttock_right", label: "Right buttock" },
  { value: "hip_left", label: "Left hip" },
  { value: "hip_right", label: "Right hip" },
  { value: "thigh_back_left", label: "Back of left thigh" },
  { value: "thigh_back_right", label: "Back of right thigh" },
  { value: "below_knee_left", label: "Left leg below the knee" },
  { value: "below_knee_right", label: "Right leg below the knee" },
];

export const PAIN_QUALITY_LABELS: ReadonlyArray<{ value: PainQuality; label: string }> = [
  { value: "aching", label: "Aching" },
  { value: "sharp", label: "Sharp" },
  { value: "burning", label: "Burning" },
  { value: "shooting", label: "Shooting" },
  { value: "tingling", label: "Tingling" },
  { value: "numb", label: "Numb" },
  { value: "stiff", label: "Stiff" },
];

export const WORSE_FACTOR_LABELS: ReadonlyArray<{ value: WorseFactor; label: string }> = [
  { value: "sitting", label: "Sitting" },
  { value: "standing", label: "Standing" },
  { value: "walking", label: "Walking" },
  { value: "bending", label: "Bending" },
  { value: "lifting", label: "Lifting" },
  { value: "exercise", label: "Exercise" },
  { value: "lying_down", label: "Lying down" },
  { value: "other", label: "Something else" },
];

export const BETTER_FACTOR_LABELS: ReadonlyArray<{ value: BetterFactor; label: string }> = [
  { value: "rest", label: "Rest" },
  { value: "heat", label: "Heat" },
  { value: "ice", label: "Ice" },
  { value: "movement", label: "Moving around" },
  { value: "stretching", label: "Stretching" },
  { value: "medication", label: "Medication" },
  { value: "other", label: "Something else" },
];

export const LEG_RADIATION_LABELS: ReadonlyArray<{ value: LegRadiation; label: string }> = [
  { value: "no", label: "No" },
  { value: "left", label: "Yes, left leg" },
  { value: "right", label: "Yes, right leg" },
  { value: "both", label: "Yes, both legs" },
];

export const MOOD_LABELS: ReadonlyArray<{ value: Mood; label: string }> = [
  { value: "very_low", label: "Very low" },
  { value: "low", label: "Low" },
  { value: "okay", label: "Okay" },
  { value: "good", label: "Good" },
  { value: "very_good", label: "Very good" },
];
