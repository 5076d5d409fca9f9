// The only module that talks to the Rust backend. Each command in docs/ipc.md has one typed
// function here; every rejection is turned into an `AppError` so screens branch on `kind`.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { t } from './i18n.svelte';
import type { AppError } from './bindings/AppError';
import type { Appearance } from './bindings/Appearance';
import type { Language } from './bindings/Language';
import type { LanguageSettings } from './bindings/LanguageSettings';
import type { LanguageView } from './bindings/LanguageView';
import type { AppStatus } from './bindings/AppStatus';
import type { Article } from './bindings/Article';
import type { ArticleHit } from './bindings/ArticleHit';
import type { ArticleSummary } from './bindings/ArticleSummary';
import type { RedFlagAnswerDraft } from './bindings/RedFlagAnswerDraft';
import type { RedFlagCheck } from './bindings/RedFlagCheck';
import type { RedFlagQuestion } from './bindings/RedFlagQuestion';
import type { Catalog } from './bindings/Catalog';
import type { Direction } from './bindings/Direction';
import type { ExerciseProgressDraft } from './bindings/ExerciseProgressDraft';
import type { ExerciseSession } from './bindings/ExerciseSession';
import type { HabitPlanView } from './bindings/HabitPlanView';
import type { HabitSettings } from './bindings/HabitSettings';
import type { Level } from './bindings/Level';
import type { ManualSessionDraft } from './bindings/ManualSessionDraft';
import type { Pause } from './bindings/Pause';
import type { PauseDraft } from './bindings/PauseDraft';
import type { Program } from './bindings/Program';
import type { SessionFinishDraft } from './bindings/SessionFinishDraft';
import type { Summary } from './bindings/Summary';
import type { FieldError } from './bindings/FieldError';
import type { HistoryPage } from './bindings/HistoryPage';
import type { Insights } from './bindings/Insights';
import type { Medication } from './bindings/Medication';
import type { MedicationDraft } from './bindings/MedicationDraft';
import type { FlareDraft } from './bindings/FlareDraft';
import type { Flares } from './bindings/Flares';
import type { PainDay } from './bindings/PainDay';
import type { SafetyCheck } from './bindings/SafetyCheck';
import type { SafetyDraft } from './bindings/SafetyDraft';
import type { ShellAction } from './bindings/ShellAction';
import type { BackupRun } from './bindings/BackupRun';
import type { BackupScheduleDraft } from './bindings/BackupScheduleDraft';
import type { BackupStatus } from './bindings/BackupStatus';
import type { WeekAgainstWeek } from './bindings/WeekAgainstWeek';
import type { LoggedPain } from './bindings/LoggedPain';
import type { PainEntry } from './bindings/PainEntry';
import type { PainEntryDraft } from './bindings/PainEntryDraft';
import type { ExportOutcome } from './bindings/ExportOutcome';
import type { ExportRequest } from './bindings/ExportRequest';
import type { ReminderRule } from './bindings/ReminderRule';
import type { ReminderRuleDraft } from './bindings/ReminderRuleDraft';
import type { RemindersView } from './bindings/RemindersView';
import type { ReportSummary } from './bindings/ReportSummary';
import type { RestoreOutcome } from './bindings/RestoreOutcome';
import type { LockState } from './bindings/LockState';
import type { EncryptionTurnedOn } from './bindings/EncryptionTurnedOn';
import type { ActivityDraft } from './bindings/ActivityDraft';
import type { CheckInStatus } from './bindings/CheckInStatus';
import type { FunctionActivity } from './bindings/FunctionActivity';
import type { FunctionRating } from './bindings/FunctionRating';
import type { FunctionSummary } from './bindings/FunctionSummary';
import type { RatingChange } from './bindings/RatingChange';
import type { RatingDraft } from './bindings/RatingDraft';

/** The one shape every failed command takes (generated from the Rust enum; see docs/ipc.md). */
export type { AppError };

/** What a fault says when it brings no words of its own, in the window's language. */
const fallbackMessage = (): string => t('common.somethingWentWrong');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldError[] {
  const list = Array.isArray(value) ? value : [];
  return list
    .filter(isRecord)
    .filter((item) => typeof item.field === 'string' && typeof item.message === 'string')
    .map((item) => ({ field: item.field as string, message: item.message as string }));
}

/** Turns whatever a rejected `invoke` gave us into an `AppError`. Never throws. */
export function toAppError(reason: unknown): AppError {
  if (isRecord(reason) && typeof reason.kind === 'string') {
    const message = typeof reason.message === 'string' && reason.message !== '' ? reason.message : fallbackMessage();
    switch (reason.kind) {
      case 'validation':
        return { kind: 'validation', message, fields: readFields(reason.fields) };
      case 'not_found':
      case 'unavailable':
      case 'storage':
      case 'locked':
        return { kind: reason.kind, message };
    }
  }
  // Anything else (a missing command, a lost IPC channel) is a fault, not the person's input.
  return { kind: 'storage', message: fallbackMessage() };
}

/** Type guard used by `catch` blocks that may also see programming errors. */
export function isAppError(value: unknown): value is AppError {
  return isRecord(value) && typeof value.kind === 'string' && typeof value.message === 'string';
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

export const appStatus = (): Promise<AppStatus> => call('app_status');

/** Saves a new entry; `offerRedFlagCheck` is Rust's answer to whether to offer the warning-signs check. */
export const logPain = (draft: PainEntryDraft): Promise<LoggedPain> => call('log_pain', { draft });

export const updatePain = (id: string, draft: PainEntryDraft): Promise<PainEntry> =>
  call('update_pain', { id, draft });

export const deletePain = (id: string): Promise<null> => call('delete_pain', { id });

export const undoDeletePain = (id: string): Promise<PainEntry> => call('undo_delete_pain', { id });

/** Local dates `YYYY-MM-DD`, inclusive; `null` leaves that end open. Latest day first. */
export const listPainDays = (from: string | null, to: string | null): Promise<PainDay[]> =>
  call('list_pain_days', { from, to });

/** One page of History over the same range: whole days, newest first; `page` counts from 0. */
export const historyPage = (from: string | null, to: string | null, page: number): Promise<HistoryPage> =>
  call('history_page', { from, to, page });

export const listMedications = (includeArchived: boolean): Promise<Medication[]> =>
  call('list_medications', { includeArchived });

export const addMedication = (draft: MedicationDraft): Promise<Medication> => call('add_medication', { draft });

export const updateMedication = (id: string, draft: MedicationDraft): Promise<Medication> =>
  call('update_medication', { id, draft });

export const setMedicationArchived = (id: string, archived: boolean): Promise<Medication> =>
  call('set_medication_archived', { id, archived });

// --- The weekly function check-in --------------------------------------------------------------

/** This week's check-in: the active activities, which are rated, whether it is due. */
export const getFunctionCheckIn = (): Promise<CheckInStatus> => call('get_function_check_in');

/** "Not now" to naming activities: the Today card stops inviting. */
export const putAsideFunctionInvite = (): Promise<CheckInStatus> => call('put_aside_function_invite');

/** Every activity, active or retired, oldest first. */
export const listFunctionActivities = (): Promise<FunctionActivity[]> => call('list_function_activities');

export const addFunctionActivity = (draft: ActivityDraft): Promise<FunctionActivity> =>
  call('add_function_activity', { draft });

export const retireFunctionActivity = (id: string): Promise<FunctionActivity> => call('retire_function_activity', { id });

/** Ratings with a day in `from..=to` (`null` leaves an end open), oldest first. */
export const listFunctionRatings = (from: string | null, to: string | null): Promise<FunctionRating[]> =>
  call('list_function_ratings', { from, to });

/** One rating; problems come back on `activityId`, `score`, `ratedAt`. */
export const addFunctionRating = (draft: RatingDraft): Promise<FunctionRating> => call('add_function_rating', { draft });

/** A week's ratings, all or none; problems come back on `ratings.<i>.score` and so on. */
export const recordFunctionCheckIn = (ratings: RatingDraft[]): Promise<FunctionRating[]> =>
  call('record_function_check_in', { ratings });

export const updateFunctionRating = (id: string, change: RatingChange): Promise<FunctionRating> =>
  call('update_function_rating', { id, change });

/** The check-ins of a range: each activity's ratings, first, latest and change, the weekly mean. */
export const functionSummary = (from: string | null, to: string | null): Promise<FunctionSummary> =>
  call('function_summary', { from, to });

// --- The exercise program, the session player and progress ---------------------------------

export const getCatalog = (): Promise<Catalog> => call('get_catalog');

/** Levels, today's routine (regular and gentle), pending suggestions and the level history. */
export const getProgram = (): Promise<Program> => call('get_program');

/** Starts a guided session now; `painBefore` 0-10 or `null` if not answered. */
export const startSession = (gentle: boolean, painBefore: number | null): Promise<ExerciseSession> =>
  call('start_session', { gentle, painBefore });

/** Saves one exercise's progress so far (called after every finished set). */
export const recordExerciseProgress = (sessionId: string, progress: ExerciseProgressDraft): Promise<ExerciseSession> =>
  call('record_exercise_progress', { sessionId, progress });

export const finishSession = (sessionId: string, draft: SessionFinishDraft): Promise<ExerciseSession> =>
  call('finish_session', { sessionId, draft });

export const logManualSession = (draft: ManualSessionDraft): Promise<ExerciseSession> =>
  call('log_manual_session', { draft });

/** Local dates `YYYY-MM-DD`, inclusive; `null` leaves that end open. Oldest first. */
export const listSessions = (from: string | null, to: string | null): Promise<ExerciseSession[]> =>
  call('list_sessions', { from, to });

/** Streaks, weekly goal and habit strength as of today, with the calendar from `from` to `to`. */
export const getProgress = (from: string, to: string): Promise<Summary> => call('get_progress', { from, to });

export const getHabitPlan = (): Promise<HabitPlanView> => call('get_habit_plan');

export const saveHabitPlan = (plan: HabitSettings): Promise<HabitPlanView> => call('save_habit_plan', { plan });

export const addPause = (draft: PauseDraft): Promise<Pause> => call('add_pause', { draft });

export const removePause = (id: string): Promise<null> => call('remove_pause', { id });

/** The flare under way today, if any, and every flare, newest first. */
export const getFlares = (): Promise<Flares> => call('get_flares');

/** Marks a flare from today; refused while one is under way. */
export const startFlare = (draft: FlareDraft): Promise<Flares> => call('start_flare', { draft });

/** Ends the flare under way: today is its last day. */
export const endFlare = (): Promise<Flares> => call('end_flare');

/** Moves the last day of the flare under way (today to 14 days from its start). */
export const setFlareLastDay = (lastDay: string): Promise<Flares> => call('set_flare_last_day', { lastDay });

/** Accepts or declines a pending suggestion; `toLevel` is the one shown (`null`: a rest day). */
export const decideSuggestion = (
  familyId: string,
  direction: Direction,
  toLevel: Level | null,
  accept: boolean,
): Promise<Program> => call('decide_suggestion', { familyId, direction, toLevel, accept });

export const setLevel = (familyId: string, level: Level): Promise<Program> => call('set_level', { familyId, level });

/** The safety check's questions, the two starting levels, and the answers given so far. */
export const getSafetyCheck = (): Promise<SafetyCheck> => call('get_safety_check');

/** Saves the safety answers and starting level; returns the program they shape. */
export const saveSafetyCheck = (draft: SafetyDraft): Promise<Program> => call('save_safety_check', { draft });

// --- Learn: articles and the warning-signs check (docs/learn-contract.md) --------------------

/** Every article, in reading order, each with its read mark. */
export const listArticles = (): Promise<ArticleSummary[]> => call('list_articles');

/** One article with its sanitised `html` and sources; `not_found` for an unknown slug. */
export const getArticle = (slug: string): Promise<Article> => call('get_article', { slug });

/** Best match first, each with a plain-text snippet; an empty query gives []. */
export const searchArticles = (query: string): Promise<ArticleHit[]> => call('search_articles', { query });

export const setArticleRead = (slug: string, read: boolean): Promise<ArticleSummary> =>
  call('set_article_read', { slug, read });

/** The articles that explain one exercise family. */
export const articlesForExercise = (familyId: string): Promise<ArticleSummary[]> =>
  call('articles_for_exercise', { familyId });

export const redFlagQuestions = (): Promise<RedFlagQuestion[]> => call('red_flag_questions');

/** Every question answered exactly once, or a validation error naming `answers`. */
export const submitRedFlagCheck = (answers: RedFlagAnswerDraft[]): Promise<RedFlagCheck> =>
  call('submit_red_flag_check', { answers });

/** Newest first. */
export const listRedFlagChecks = (): Promise<RedFlagCheck[]> => call('list_red_flag_checks');

// --- Reminders and the desktop shell ---------------------------------------------------------

/** The rules, whether to offer the suggested ones, and what happened lately. */
export const getReminders = (): Promise<RemindersView> => call('get_reminders');

export const addReminder = (draft: ReminderRuleDraft): Promise<ReminderRule> => call('add_reminder', { draft });

export const updateReminder = (id: string, draft: ReminderRuleDraft): Promise<ReminderRule> =>
  call('update_reminder', { id, draft });

/** Switching on is checked again for clashes, so it may answer with a validation error. */
export const setReminderEnabled = (id: string, enabled: boolean): Promise<ReminderRule> =>
  call('set_reminder_enabled', { id, enabled });

export const deleteReminder = (id: string): Promise<null> => call('delete_reminder', { id });

/** Adds the suggested reminders (those that do not clash) and stops offering them. */
export const acceptDefaultReminders = (): Promise<RemindersView> => call('accept_default_reminders');

/** Stops offering the suggested reminders. */
export const dismissDefaultReminders = (): Promise<RemindersView> => call('dismiss_default_reminders');

/** The colours and text size chosen on Settings, as kept in the diary. */
export const getAppearance = (): Promise<Appearance> => call('get_appearance');

/** Saves both; a text size not offered is a validation error on `textSize`. */
export const setAppearance = (appearance: Appearance): Promise<Appearance> => call('set_appearance', { appearance });

/** The desktop's light or dark setting as the windowing system reports it, or null. */
export const systemTheme = (): Promise<'light' | 'dark' | null> => call('system_theme');

/** Opens the diary's folder in the file manager; `unavailable` where there is none. */
export const showDiaryFolder = (): Promise<null> => call('show_diary_folder');

/** The app's and the report's language, and what they come to; Rust speaks `inUse` from now on. */
export const getLanguage = (): Promise<LanguageView> => call('get_language');

/** Saves both language choices; nothing else changes. */
export const setLanguage = (settings: LanguageSettings): Promise<LanguageView> => call('set_language', { settings });

/** The device's language, for a locked diary's unlock screen. */
export const systemLanguage = (): Promise<Language> => call('system_language');

/** `unavailable` where there is no login item to set. */
export const getStartAtLogin = (): Promise<boolean> => call('get_start_at_login');

export const setStartAtLogin = (enabled: boolean): Promise<boolean> => call('set_start_at_login', { enabled });

/** What the person chose in the tray menu or on a reminder (the Rust enum in `shell.rs`, via ts-rs). */
export type { ShellAction };

const SHELL_ACTIONS: readonly ShellAction[] = ['logPain', 'startSession', 'openToday', 'openProgram'];

/**
 * Calls `handler` for each tray menu choice or reminder answer until the returned function is
 * called. Resolves to a no-op outside the app (UI tests), where there is no tray.
 */
export async function onShellAction(handler: (action: ShellAction) => void): Promise<() => void> {
  try {
    return await listen<string>('shell-action', (event) => {
      const action = SHELL_ACTIONS.find((known) => known === event.payload);
      if (action) handler(action);
    });
  } catch {
    return () => {};
  }
}

/**
 * Calls `handler` each time the diary changes outside the window (`backtrack log` on the
 * command line), until the returned function is called. A no-op outside the app.
 */
export async function onDiaryChanged(handler: () => void): Promise<() => void> {
  try {
    return await listen('diary-changed', () => handler());
  } catch {
    return () => {};
  }
}

// --- Insights: what the diary says back (docs/ipc.md) -------------------------------------------

/** Every figure of the Insights screen for `from..=to`; `from: null` starts on the diary's first day. */
export const getInsights = (from: string | null, to: string | null): Promise<Insights> => call('get_insights', { from, to });

/** This week's average pain so far against last week's, for Today. */
export const getWeekAgainstWeek = (): Promise<WeekAgainstWeek> => call('get_week_against_week');

// --- Export: the surgeon's report, data files, backup and restore (docs/ipc.md) -------------

/** The figures of the report's first page; `null` ends default to the 90 days up to today. */
export const reportSummary = (from: string | null, to: string | null): Promise<ReportSummary> =>
  call('report_summary', { from, to });

/** Opens the save dialog (in Rust) and writes the file; `null` when the person cancels. */
export const exportFile = (request: ExportRequest): Promise<ExportOutcome | null> => call('export_file', { request });

/**
 * Opens the open dialog (in Rust) and restores the chosen backup; `null` when the person cancels.
 * Ask the person to confirm before `replace: true`.
 */
export const restoreBackup = (replace: boolean): Promise<RestoreOutcome | null> => call('restore_backup', { replace });

/**
 * Restores the encrypted backup that `restoreBackup` picked and is holding (it failed with a
 * `backupPassphrase` field error), with that backup's passphrase.
 */
export const restoreHeldBackup = (passphrase: string, replace: boolean): Promise<RestoreOutcome> =>
  call('restore_held_backup', { passphrase, replace });

// --- The encrypted diary: lock, unlock, encryption on and off (docs/ipc.md) ------------------

export const getLockState = (): Promise<LockState> => call('get_lock_state');

/** Unlocks with the passphrase; a wrong one fails on the `passphrase` field after a short wait. */
export const unlockDiary = (passphrase: string): Promise<void> => call('unlock_diary', { passphrase });

/** With a lost passphrase: the recovery code unlocks and sets `newPassphrase`. */
export const resetPassphrase = (recoveryCode: string, newPassphrase: string): Promise<void> =>
  call('reset_passphrase', { recoveryCode, newPassphrase });

/** Closes the diary and forgets the key; every window gets `diary-locked`. */
export const lockDiary = (): Promise<void> => call('lock_diary');

/** Minutes without use before the window locks the diary (0: never). */
export const setIdleLock = (minutes: number): Promise<LockState> => call('set_idle_lock', { minutes });

/** Encrypts the diary in place; the recovery code in the answer is shown once. */
export const encryptDiary = (passphrase: string): Promise<EncryptionTurnedOn> => call('encrypt_diary', { passphrase });

/** Turns encryption off again, after the passphrase. */
export const decryptDiary = (passphrase: string): Promise<void> => call('decrypt_diary', { passphrase });

export const changePassphrase = (current: string, newPassphrase: string): Promise<void> =>
  call('change_passphrase', { current, newPassphrase });

/** Calls `handler` when the diary locks (the Lock button, the tray, or the idle timer). */
export async function onDiaryLocked(handler: () => void): Promise<() => void> {
  try {
    return await listen('diary-locked', () => handler());
  } catch {
    return () => {};
  }
}

/** The automatic-backup schedule and its latest tries. */
export const getBackupStatus = (): Promise<BackupStatus> => call('get_backup_status');

/** Sets the schedule (`every: 'off'` turns it off); a due backup is made right after. */
export const saveBackupSchedule = (draft: BackupScheduleDraft): Promise<BackupStatus> => call('save_backup_schedule', { draft });

/** Opens the folder dialog (in Rust); `null` when the person cancels. */
export const chooseBackupFolder = (): Promise<string | null> => call('choose_backup_folder');

/**
 * Calls `handler` each time the automatic-backup thread finishes a try, until the returned
 * function is called. A no-op outside the app.
 */
export async function onBackupTried(handler: () => void): Promise<() => void> {
  try {
    return await listen('backup-tried', () => handler());
  } catch {
    return () => {};
  }
}

/** Makes a backup now to the scheduled folder; `null` when no schedule is set. */
export const backUpNow = (): Promise<BackupRun | null> => call('back_up_now');
