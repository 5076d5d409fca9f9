// The words of the automatic-backups card: when a backup ran, where it went, what went wrong.
import type { BackupRun } from './bindings/BackupRun';
import type { BackupStatus } from './bindings/BackupStatus';
import { fileSize } from './exportWords';

/** A moment as the person's clock shows it, such as "Wed, Jun 10, 12:00 PM". */
export function when(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** The line about the last backup that worked, or that none has yet. */
export function lastBackupLine(status: BackupStatus, timeZone?: string): string {
  const run = status.lastBackup;
  if (!run?.file) return 'No automatic backup has been made yet.';
  const size = run.bytes === null ? '' : ` (${fileSize(run.bytes)})`;
  return `Last backup: ${when(run.triedAt, timeZone)}, to ${run.file}${size}.`;
}

/** The line about a failed latest try, or '' when the latest try worked. */
export function problemLine(status: BackupStatus, timeZone?: string): string {
  const run: BackupRun | null = status.lastTry;
  if (!run?.problem) return '';
  return `The backup on ${when(run.triedAt, timeZone)} did not work. ${run.problem}`;
}

/** The schedule in words, for the card's summary. */
export function scheduleLine(status: BackupStatus): string {
  const schedule = status.schedule;
  if (!schedule) return 'Automatic backups are off.';
  const often = schedule.every === 'daily' ? 'every day' : 'every week';
  const line = `BackTrack backs up your diary ${often} to ${schedule.folder} and keeps the newest ${schedule.keep}.`;
  return schedule.encrypted ? `${line} The backups are encrypted.` : line;
}
