// Two small comforts for the session player, both optional: a beep made in code (no sound
// files) and keeping the screen on where the platform offers the Screen Wake Lock API.

let audio: AudioContext | null = null;

/** Prepares sound; call from a click so the browser allows it. Returns false if there is none. */
export function enableSound(): boolean {
  try {
    const Context = window.AudioContext;
    if (!Context) return false;
    audio ??= new Context();
    void audio.resume();
    return true;
  } catch {
    return false;
  }
}

/** A short, soft beep. Does nothing if sound could not be prepared. */
export function beep(): void {
  if (!audio) return;
  try {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.35);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.4);
  } catch {
    // Sound is a nicety; never let it stop the session.
  }
}

type Sentinel = { release: () => Promise<void> };
type WakeLockApi = { request: (type: 'screen') => Promise<Sentinel> };

/** Asks to keep the screen on. Resolves to a release function, or `null` if not available. */
export async function keepScreenOn(): Promise<(() => void) | null> {
  const api = (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
  if (!api) return null;
  try {
    const sentinel = await api.request('screen');
    return () => void sentinel.release().catch(() => undefined);
  } catch {
    return null;
  }
}
