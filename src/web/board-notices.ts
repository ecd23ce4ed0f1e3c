// Errors of cards, the board and attachments in words: codes of their own (stale version,
// file in use, ...), and required-field refusals (detail code `required...`) beside the fields.
import { ApiError } from './api/client';
import { i18n } from './i18n';
import { errorMessage, notifyFailure, type FieldErrors } from './notices';

/** The translated message for an error of a card, else the app's usual one. */
export function boardErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `board.errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
    // An upload of an empty file (attachments.service EMPTY_FILE), which the user can fix.
    if (error.details.some((detail) => detail.path === 'file' && detail.message === 'is empty')) {
      return i18n.t('board.errors.file_empty');
    }
  }
  return errorMessage(error);
}

export function notifyBoardError(error: unknown): void {
  notifyFailure(boardErrorMessage(error));
}

const FIELD_PATH = /^fields\.(.+)$/;

/** The keys of the fields a refusal names as empty but required (for the target status). */
export function requiredFieldKeys(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  return error.details.flatMap((detail) => {
    const key = FIELD_PATH.exec(detail.path)?.[1];
    return key && detail.code !== undefined ? [key] : [];
  });
}

/**
 * The errors of a card form by path (`title`, `fields.<key>`, ...) for the paths the form
 * shows; anything else is notified. A required field reads "Required" in the UI language.
 */
export function cardFormErrors(error: unknown, paths: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  const details = error instanceof ApiError ? error.details : [];
  let unplaced = details.length === 0;
  for (const { path, message, code } of details) {
    if (!paths.includes(path)) {
      unplaced = true;
      continue;
    }
    errors[path] ??=
      code !== undefined
        ? i18n.t('validation.required')
        : message.charAt(0).toUpperCase() + message.slice(1);
  }
  if (unplaced) notifyBoardError(error);
  return errors;
}
