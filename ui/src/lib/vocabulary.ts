// Plain words for the fixed diary vocabularies, in the order the form lists them. The values and
// their order come from src-tauri/domain/vocabulary.rs (one source for the UI, the report and
// FHIR), through the generated bindings/vocabularyLabels.ts; the words shown come from the
// `entry` catalogs, so they follow the window's language.
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
import { CATALOGS, hasMessage, t, translate, type Locale } from './i18n.svelte';

export type Choice<T extends string> = { value: T; label: string };

/** "lower_back_left" → "lowerBackLeft", the catalog name of a wire value. */
function camel(value: string): string {
  return value.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Choices whose `label` is read from the catalog each time it is shown (`entry.<group>.<value>`),
 * so a change of language redraws them; Rust's English word stands in for a missing message.
 */
function translated<T extends string>(group: string, labels: ReadonlyArray<{ value: T; label: string }>): Choice<T>[] {
  return labels.map(({ value, label: english }) => {
    const key = `entry.${group}.${camel(value)}`;
    return {
      value,
      get label() {
        return hasMessage(key) ? t(key) : english;
      },
    };
  });
}

/** Sides are the person's own left and right. */
export const BODY_SITES: Choice<BodySite>[] = translated('site', BODY_SITE_LABELS);
export const PAIN_QUALITIES: Choice<PainQuality>[] = translated('quality', PAIN_QUALITY_LABELS);
export const WORSE_FACTORS: Choice<WorseFactor>[] = translated('worse', WORSE_FACTOR_LABELS);
export const BETTER_FACTORS: Choice<BetterFactor>[] = translated('better', BETTER_FACTOR_LABELS);
export const LEG_RADIATION: Choice<LegRadiation>[] = translated('leg', LEG_RADIATION_LABELS);
export const MOODS: Choice<Mood>[] = translated('mood', MOOD_LABELS);

/** Catalog keys of the words shown under some points of the 0-10 pain scale. */
export const PAIN_ANCHORS: Record<number, string> = { 0: 'entry.anchor.none', 5: 'entry.anchor.moderate', 10: 'entry.anchor.worst' };

export function labelOf<T extends string>(choices: Choice<T>[], value: T | null | undefined): string {
  if (value === null || value === undefined) return '';
  return choices.find((choice) => choice.value === value)?.label ?? value;
}

/** A diary word in `locale`, whatever the window speaks (the report's language, on Export's preview). */
export function labelIn(locale: Locale, group: 'site' | 'worse' | 'better', value: string): string {
  const key = `entry.${group}.${camel(value)}`;
  return key in CATALOGS[locale] ? translate(locale, key) : value;
}

export function labelsOf<T extends string>(choices: Choice<T>[], values: readonly T[]): string[] {
  return values.map((value) => labelOf(choices, value));
}
