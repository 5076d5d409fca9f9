// Words for what the safety answers changed in a routine (`SafetyChange` from Rust).
import type { SafetyChange } from './bindings/SafetyChange';

/** One plain line per change; `names` turns an exercise or family id into its name. */
export function safetyChangeWords(change: SafetyChange, names: (id: string) => string): string {
  switch (change.kind) {
    case 'swapped':
      return `${names(change.to)} instead of ${names(change.from)}.`;
    case 'setAside':
      return `${names(change.family)} is set aside for now. No version of it suits your answers.`;
    case 'onBed':
      return `${names(change.exercise)} can be done on a firm bed.`;
  }
}
