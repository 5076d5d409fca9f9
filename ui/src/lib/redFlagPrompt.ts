// The words of the diary's gentle offer to check for warning signs after a save. Whether to
// offer it is Rust's rule (`domain::learn::red_flags::offers_check`), returned by `logPain`.
import { t } from './i18n.svelte';

/** The catalog key of the offer's words. */
export const PROMPT_KEY = 'redFlags.prompt';

/** The words of the offer, calm and plain, in the window's language. */
export function promptText(): string {
  return t(PROMPT_KEY);
}
