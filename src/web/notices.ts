// Turning API errors into words: field errors beside inputs, the rest in a notification.
import { notifications } from '@mantine/notifications';
import { ApiError } from './api/client';
import { i18n } from './i18n';

/** The translated message for an error code, else the server's own message. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
    return error.message || i18n.t('errors.unknown');
  }
  return i18n.t('errors.unknown');
}

/**
 * A field error in the UI language: our own wording for the field when we have one, else the
 * server's reason (it names the exact rule, e.g. "must be a two-letter country code").
 */
function fieldMessage(path: string, serverMessage: string): string {
  if (serverMessage === 'is required') return i18n.t('validation.required');
  const field = path.split('.').pop() ?? path;
  const key = `fieldErrors.${field}`;
  if (i18n.exists(key)) return i18n.t(key);
  if (!serverMessage) return i18n.t('errors.validation_failed');
  return asSentence(serverMessage);
}

/** The server's reason ("must be …") as the sentence shown under an input. */
export function asSentence(serverMessage: string): string {
  return serverMessage.charAt(0).toUpperCase() + serverMessage.slice(1);
}

export type FieldErrors = Record<string, string>;

/**
 * Splits an API error into the field errors of the inputs the form has (by detail path) and,
 * when something is left that no input can show, notifies it.
 */
export function showApiError(error: unknown, formPaths: readonly string[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  let unplaced = false;
  const details = error instanceof ApiError ? error.details : [];
  for (const detail of details) {
    if (formPaths.includes(detail.path)) {
      fieldErrors[detail.path] ??= fieldMessage(detail.path, detail.message);
    } else {
      unplaced = true;
    }
  }
  if (details.length === 0 || unplaced) notifyError(error);
  return fieldErrors;
}

export function notifyError(error: unknown): void {
  notifyFailure(errorMessage(error));
}

export function notifyFailure(message: string): void {
  notifications.show({ color: 'red', title: i18n.t('errors.title'), message });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}
