// The choices the diary keeps for the window (its look and its language), taken when the diary
// opens and again after a restore, which may bring other choices with it.
import * as api from '$lib/api';
import { appearance } from '$lib/appearance.svelte';
import { i18n } from '$lib/i18n.svelte';

/** Applies the diary's appearance and language; both ask the diary, neither waits for the other. */
export async function takeDiarySettings(): Promise<void> {
  await Promise.all([appearance.load(), takeDiaryLanguage()]);
}

async function takeDiaryLanguage(): Promise<void> {
  try {
    const language = await api.getLanguage();
    i18n.set(language.inUse);
  } catch {
    // The remembered language stays; Settings shows the problem if the diary cannot answer.
  }
}
