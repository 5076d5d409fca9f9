// The words of the diary's gentle offer to check for warning signs after a save. Whether to
// offer it is Rust's rule (`domain::learn::red_flags::offers_check`), returned by `logPain`.

/** The words of the offer, calm and plain. */
export const PROMPT_TEXT = 'Pain like this can sometimes need a doctor soon. Would you like to check for warning signs?';
