// Words for what the safety answers changed in a routine (`SafetyChange` from Rust).
import type { SafetyChange } from './bindings/SafetyChange';
import { t } from './i18n.svelte';

/** One plain line per change; `names` turns an exercise or family id into its name. */
export function safetyChangeWords(change: SafetyChange, names: (id: string) => string): string {
  switch (change.kind) {
    case 'swapped':
      return t('safety.change.swapped', { to: names(change.to), from: names(change.from) });
    case 'setAside':
      return t('safety.change.setAside', { family: names(change.family) });
    case 'onBed':
      return t('safety.change.onBed', { exercise: names(change.exercise) });
  }
}
