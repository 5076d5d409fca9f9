// When the diary gently offers the warning-signs check after a save (issue 5): strong pain,
// pain below the knee, or numbness. Pure, so the rule is tested on its own.
import type { PainEntry } from './bindings/PainEntry';

/** Pain at or above this level brings the offer. */
export const PROMPT_INTENSITY = 8;

const LEG_SITES: readonly string[] = ['below_knee_left', 'below_knee_right'];

/** True when the saved entry should show the offer to check for warning signs. */
export function offersRedFlagCheck(entry: Pick<PainEntry, 'intensity' | 'sites' | 'qualities'>): boolean {
  return (
    entry.intensity >= PROMPT_INTENSITY ||
    entry.sites.some((site) => LEG_SITES.includes(site)) ||
    entry.qualities.includes('numb')
  );
}

/** The words of the offer, calm and plain. */
export const PROMPT_TEXT = 'Pain like this can sometimes need a doctor soon. Would you like to check for warning signs?';
