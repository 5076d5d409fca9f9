// Maps a rejected command onto the form fields its messages belong to.
import type { AppError } from './api';

export type FieldMessages = Record<string, string>;

/** One message per field (several messages for one field are joined). Empty if not validation. */
export function messagesByField(error: AppError | null): FieldMessages {
  const messages: FieldMessages = {};
  if (!error || error.kind !== 'validation') return messages;
  for (const { field, message } of error.fields) {
    messages[field] = messages[field] ? `${messages[field]} ${message}` : message;
  }
  return messages;
}

/** The message for the top of a form: the error's own when it names no field, else ''. */
export function generalMessage(error: AppError | null): string {
  return error && (error.kind !== 'validation' || error.fields.length === 0) ? error.message : '';
}

export type SummaryItem = { field: string | null; message: string };

/**
 * What the summary at the top of a form lists: each field problem in form order, or the
 * general message when the error is not about a field (or names no field we know).
 */
export function summaryItems(error: AppError | null, fieldOrder: readonly string[]): SummaryItem[] {
  if (!error) return [];
  if (error.kind !== 'validation' || error.fields.length === 0) return [{ field: null, message: error.message }];
  const byField = messagesByField(error);
  const known = fieldOrder.filter((field) => field in byField).map((field) => ({ field, message: byField[field] ?? '' }));
  const unknown = Object.keys(byField)
    .filter((field) => !fieldOrder.includes(field))
    .map((field) => ({ field: null, message: byField[field] ?? '' }));
  return [...known, ...unknown];
}

/** Element ids that tie a field to its message (aria-describedby). */
export function errorId(formId: string, field: string): string {
  return `${formId}-${field}-error`;
}

export function fieldId(formId: string, field: string): string {
  return `${formId}-${field}`;
}
