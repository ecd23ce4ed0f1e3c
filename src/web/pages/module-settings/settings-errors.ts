// The words for the refusals of the pipeline and field API (409s and the like), in the UI language.
import { ApiError } from '../../api/client';
import { i18n } from '../../i18n';
import { errorMessage } from '../../notices';

/** Our own wording for a refusal of these settings when we have one, else the shared one. */
export function settingsErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `moduleSettings.errors.${error.code}`;
    if (i18n.exists(key)) return i18n.t(key);
  }
  return errorMessage(error);
}

export function isRefusal(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.code === code;
}
