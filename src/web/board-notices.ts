// Errors of cards, the board and attachments in words: codes of their own (stale version,
// file in use, ...), and refused fields (by their detail's code) beside the fields.
import { ApiError, type ApiErrorDetail } from './api/client';
import { i18n } from './i18n';
import { asSentence, errorMessage, notifyFailure, type FieldErrors } from './notices';

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
const isRequiredRule = (code: ApiErrorDetail['code']) =>
  code === 'required' || code === 'required_from_status';

/** The keys of the fields a refusal names as empty but required (for the target status). */
export function requiredFieldKeys(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  return error.details.flatMap((detail) => {
    const key = FIELD_PATH.exec(detail.path)?.[1];
    return key && isRequiredRule(detail.code) ? [key] : [];
  });
}

/**
 * A refused input in the UI language: "Required", the reason a value was refused (by its code),
 * else the server's own reason.
 */
export function detailMessage({ code, message }: ApiErrorDetail): string {
  if (isRequiredRule(code)) return i18n.t('validation.required');
  const key = `board.valueErrors.${code}`;
  if (code !== undefined && i18n.exists(key)) return i18n.t(key);
  return asSentence(message);
}

/**
 * The errors of a card form by path (`title`, `fields.<key>`, ...) for the paths the form
 * shows, in the UI language (detailMessage); anything else is notified.
 */
export function cardFormErrors(error: unknown, paths: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  const details = error instanceof ApiError ? error.details : [];
  let unplaced = details.length === 0;
  for (const detail of details) {
    if (!paths.includes(detail.path)) {
      unplaced = true;
      continue;
    }
    errors[detail.path] ??= detailMessage(detail);
  }
  if (unplaced) notifyBoardError(error);
  return errors;
}
