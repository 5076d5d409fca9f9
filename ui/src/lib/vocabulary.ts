// Plain words for the fixed diary vocabularies, in the order the form lists them.
// The wire names must match src-tauri/domain/vocabulary.rs.
import type { BetterFactor } from './bindings/BetterFactor';
import type { BodySite } from './bindings/BodySite';
import type { LegRadiation } from './bindings/LegRadiation';
import type { Mood } from './bindings/Mood';
import type { PainQuality } from './bindings/PainQuality';
import type { WorseFactor } from './bindings/WorseFactor';

export type Choice<T extends string> = { value: T; label: string };

/** Sides are the person's own left and right. */
export const BODY_SITES: Choice<BodySite>[] = [
  { value: 'lower_back_left', label: 'Lower back, left side' },
  { value: 'lower_back_centre', label: 'Lower back, middle' },
  { value: 'lower_back_right', label: 'Lower back, right side' },
  { value: 'buttock_left', label: 'Left buttock' },
  { value: 'buttock_right', label: 'Right buttock' },
  { value: 'hip_left', label: 'Left hip' },
  { value: 'hip_right', label: 'Right hip' },
  { value: 'thigh_back_left', label: 'Back of left thigh' },
  { value: 'thigh_back_right', label: 'Back of right thigh' },
  { value: 'below_knee_left', label: 'Left leg below the knee' },
  { value: 'below_knee_right', label: 'Right leg below the knee' },
];

export const PAIN_QUALITIES: Choice<PainQuality>[] = [
  { value: 'aching', label: 'Aching' },
  { value: 'sharp', label: 'Sharp' },
  { value: 'burning', label: 'Burning' },
  { value: 'shooting', label: 'Shooting' },
  { value: 'tingling', label: 'Tingling' },
  { value: 'numb', label: 'Numb' },
  { value: 'stiff', label: 'Stiff' },
];

export const WORSE_FACTORS: Choice<WorseFactor>[] = [
  { value: 'sitting', label: 'Sitting' },
  { value: 'standing', label: 'Standing' },
  { value: 'walking', label: 'Walking' },
  { value: 'bending', label: 'Bending' },
  { value: 'lifting', label: 'Lifting' },
  { value: 'exercise', label: 'Exercise' },
  { value: 'lying_down', label: 'Lying down' },
  { value: 'other', label: 'Something else' },
];

export const BETTER_FACTORS: Choice<BetterFactor>[] = [
  { value: 'rest', label: 'Rest' },
  { value: 'heat', label: 'Heat' },
  { value: 'ice', label: 'Ice' },
  { value: 'movement', label: 'Moving around' },
  { value: 'stretching', label: 'Stretching' },
  { value: 'medication', label: 'Medication' },
  { value: 'other', label: 'Something else' },
];

export const LEG_RADIATION: Choice<LegRadiation>[] = [
  { value: 'no', label: 'No' },
  { value: 'left', label: 'Yes, left leg' },
  { value: 'right', label: 'Yes, right leg' },
  { value: 'both', label: 'Yes, both legs' },
];

export const MOODS: Choice<Mood>[] = [
  { value: 'very_low', label: 'Very low' },
  { value: 'low', label: 'Low' },
  { value: 'okay', label: 'Okay' },
  { value: 'good', label: 'Good' },
  { value: 'very_good', label: 'Very good' },
];

/** Words shown under some points of the 0-10 pain scale. */
export const PAIN_ANCHORS: Record<number, string> = { 0: 'No pain', 5: 'Moderate', 10: 'Worst possible' };

export function labelOf<T extends string>(choices: Choice<T>[], value: T | null | undefined): string {
  if (value === null || value === undefined) return '';
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

export function labelsOf<T extends string>(choices: Choice<T>[], values: readonly T[]): string[] {
  return values.map((value) => labelOf(choices, value));
}
