import { describe, expect, it } from 'vitest';
import type { BackupStatus } from './bindings/BackupStatus';
import { i18n } from './i18n.svelte';
import { lastBackupLine, problemLine, scheduleLine, when } from './backupWords';

const good = { triedAt: '2026-06-10T11:00:00Z', file: '/media/usb/backtrack-auto-backup-2026-06-10-120000.json', bytes: 18_400_000, problem: null };
const failed = { triedAt: '2026-06-11T07:30:00Z', file: null, bytes: null, problem: 'The backup folder /media/usb is not there.' };

function status(over: Partial<BackupStatus> = {}): BackupStatus {
  return { schedule: { every: 'daily', folder: '/media/usb', keep: 10, encrypted: false }, lastTry: good, lastBackup: good, ...over };
}

describe('the automatic-backups card', () => {
  it('says when and where the last backup went, by the person\'s clock', () => {
    expect(when(good.triedAt, 'America/Los_Angeles')).toBe('Wed, Jun 10, 4:00 AM');
    expect(lastBackupLine(status(), 'America/Los_Angeles')).toBe(
      'Last backup: Wed, Jun 10, 4:00 AM, to /media/usb/backtrack-auto-backup-2026-06-10-120000.json (17.5 MB).',
    );
    expect(lastBackupLine(status({ lastTry: null, lastBackup: null }))).toBe('No automatic backup has been made yet.');
  });

  it('names a failed latest try with its reason, and says nothing once a try works again', () => {
    expect(problemLine(status({ lastTry: failed }), 'America/Los_Angeles')).toBe(
      'The backup on Thu, Jun 11, 12:30 AM did not work. The backup folder /media/usb is not there.',
    );
    expect(problemLine(status())).toBe('');
  });

  it('puts the schedule in words', () => {
    expect(scheduleLine(status())).toBe('BackTrack backs up your diary every day to /media/usb and keeps the newest 10.');
    expect(scheduleLine(status({ schedule: { every: 'weekly', folder: '/b', keep: 3, encrypted: false } }))).toContain('every week');
    expect(scheduleLine(status({ schedule: { every: 'daily', folder: '/b', keep: 3, encrypted: true } }))).toContain('The backups are encrypted.');
    expect(scheduleLine(status({ schedule: null }))).toBe('Automatic backups are off.');
  });

  it('speaks the window\'s language', () => {
    i18n.set('es');
    try {
      expect(scheduleLine(status({ schedule: { every: 'weekly', folder: '/b', keep: 3, encrypted: true } }))).toBe(
        'BackTrack hace una copia de su diario cada semana en /b y guarda las 3 más recientes. Las copias están cifradas.',
      );
      expect(lastBackupLine(status({ lastTry: null, lastBackup: null }))).toBe('Todavía no se ha hecho ninguna copia automática.');
    } finally {
      i18n.set('en');
    }
  });
});
