// The words of the automatic-backups card: when a backup ran, where it went, what went wrong.
import type { BackupRun } from './bindings/BackupRun';
import type { BackupStatus } from './bindings/BackupStatus';
import { fileSize } from './exportWords';
import { intlTag, t } from './i18n.svelte';

/** A moment as the person's clock shows it, such as "Wed, Jun 10, 12:00 PM". */
export function when(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlTag(), {
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
  if (!run?.file) return t('backup.auto.none');
  const at = when(run.triedAt, timeZone);
  return run.bytes === null
    ? t('backup.auto.last', { when: at, file: run.file })
    : t('backup.auto.lastWithSize', { when: at, file: run.file, size: fileSize(run.bytes) });
}

/** The line about a failed latest try, or '' when the latest try worked. */
export function problemLine(status: BackupStatus, timeZone?: string): string {
  const run: BackupRun | null = status.lastTry;
  if (!run?.problem) return '';
  return t('backup.auto.problem', { when: when(run.triedAt, timeZone), problem: run.problem });
}

/** The schedule in words, for the card's summary. */
export function scheduleLine(status: BackupStatus): string {
  const schedule = status.schedule;
  if (!schedule) return t('backup.auto.isOff');
  return t('backup.auto.schedule', {
    every: schedule.every,
    folder: schedule.folder,
    keep: schedule.keep,
    encrypted: schedule.encrypted ? 'yes' : 'no',
  });
}
