// Plain words for the fixed diary vocabularies, in the order the form lists them. The words
// come from src-tauri/domain/vocabulary.rs (one source for the UI, the report and FHIR), through
// the generated bindings/vocabularyLabels.ts.
import type { BetterFactor } from './bindings/BetterFactor';
import type { BodySite } from './bindings/BodySite';
import type { LegRadiation } from './bindings/LegRadiation';
import type { Mood } from './bindings/Mood';
import type { PainQuality } from './bindings/PainQuality';
import type { WorseFactor } from './bindings/WorseFactor';
import {
  BETTER_FACTOR_LABELS,
  BODY_SITE_LABELS,
  LEG_RADIATION_LABELS,
  MOOD_LABELS,
  PAIN_QUALITY_LABELS,
  WORSE_FACTOR_LABELS,
} from './bindings/vocabularyLabels';

export type Choice<T extends string> = { value: T; label: string };

/** Sides are the person's own left and right. */
export const BODY_SITES: Choice<BodySite>[] = [...BODY_SITE_LABELS];
export const PAIN_QUALITIES: Choice<PainQuality>[] = [...PAIN_QUALITY_LABELS];
export const WORSE_FACTORS: Choice<WorseFactor>[] = [...WORSE_FACTOR_LABELS];
export const BETTER_FACTORS: Choice<BetterFactor>[] = [...BETTER_FACTOR_LABELS];
export const LEG_RADIATION: Choice<LegRadiation>[] = [...LEG_RADIATION_LABELS];
export const MOODS: Choice<Mood>[] = [...MOOD_LABELS];

/** Words shown under some points of the 0-10 pain scale. */
export const PAIN_ANCHORS: Record<number, string> = { 0: 'No pain', 5: 'Moderate', 10: 'Worst possible' };

export function labelOf<T extends string>(choices: Choice<T>[], value: T | null | undefined): string {
  if (value === null || value === undefined) return '';
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

export function labelsOf<T extends string>(choices: Choice<T>[], values: readonly T[]): string[] {
  return values.map((value) => labelOf(choices, value));
}
