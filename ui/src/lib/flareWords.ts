// The words of Today's flare card, kept apart from the component so they are tested on their own.
import type { Flare } from './bindings/Flare';
import type { FlareMode } from './bindings/FlareMode';
import { addDays, longDay } from './dates';

/** The lengths offered, in days. The backend takes 1 to 14. */
export const FLARE_DAY_CHOICES = [2, 3, 5, 7, 14] as const;

/** The longest a flare can be planned for, from its first day. */
export const FLARE_MAX_DAYS = 14;

export const MODE_WORDS: Record<FlareMode, { label: string; hint: string }> = {
  pause: { label: 'Pause the program', hint: 'No sessions are expected. Your run of active days and your weekly goal wait for you.' },
  gentle: { label: 'Keep to gentle days', hint: 'Shorter, easier sessions if you feel up to them. Nothing counts against you.' },
};

/** The flare-up plan in short: what to do, in our own words. The article has the rest. */
export const FLARE_PLAN: readonly string[] = [
  'Keep moving gently. Short walks and changing position often help more than lying down.',
  'Rest in short spells if you need to, then get up and move again.',
  'Heat, such as a warm shower or a heat pack, can ease the pain. Take pain medicine only as your doctor or pharmacist advised.',
  'Keep logging your pain. It shows you and your doctor how the flare goes.',
  'If you notice a warning sign, such as numbness between your legs or new trouble peeing, get help now.',
];

/** "Day 2 of 5, until Sunday 14 June 2026." */
export function flareProgress(flare: Pick<Flare, 'from' | 'plannedTo'>, today: string): string {
  const day = daysBetween(flare.from, today) + 1;
  const total = daysBetween(flare.from, flare.plannedTo) + 1;
  return `Day ${day} of ${total}, until ${longDay(flare.plannedTo)}.`;
}

/** What the program does during this flare, in one line. */
export function flareModeLine(mode: FlareMode): string {
  return mode === 'pause'
    ? 'The program is paused and workout reminders are quiet.'
    : 'The program offers gentle days, and workout reminders are quiet.';
}

/** The days the flare's last day may move to: today up to 14 days from its start. */
export function lastDayChoices(flare: Pick<Flare, 'from'>, today: string): string[] {
  const latest = addDays(flare.from, FLARE_MAX_DAYS - 1);
  const choices: string[] = [];
  for (let day = today; day <= latest; day = addDays(day, 1)) choices.push(day);
  return choices;
}

/** "5 to 9 June 2026 (5 days)" style line for a past flare. */
export function flareSpan(flare: Pick<Flare, 'from' | 'plannedTo' | 'endedOn'>): string {
  const last = flare.endedOn ?? flare.plannedTo;
  const days = daysBetween(flare.from, last) + 1;
  return `${longDay(flare.from)} to ${longDay(last)} (${days} ${days === 1 ? 'day' : 'days'})`;
}

function daysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000);
}
