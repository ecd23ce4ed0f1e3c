// What the field forms show when a field cannot be saved: messages beside the inputs, or a
// refusal of the server (a type change that would lose data, an option cards still hold).
import { ApiError } from '../../api/client';
import type { ChoiceOption } from '../../api/types';
import { i18n } from '../../i18n';
import { showApiError } from '../../notices';
import type { DraftProblem, FieldDraft } from './field-draft';

/** A refusal of the whole change: our words for it, and the server's exact reason. */
export type FieldRefusal = { title: string; message: string; detail: string };

export type FieldFailure = { errors: Record<string, string>; refusal: FieldRefusal | null };

const PROBLEM_KEYS: Record<DraftProblem, string> = {
  required: 'validation.required',
  badKey: 'moduleSettings.field.badKey',
  noOptions: 'moduleSettings.field.noOptions',
};

export function problemMessages(problems: Record<string, DraftProblem>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([path, problem]) => [path, i18n.t(PROBLEM_KEYS[problem])]),
  );
}

/** The paths of the inputs a draft shows, so a server detail lands beside its input. */
function formPaths(draft: FieldDraft): string[] {
  const optionPaths = draft.options.flatMap((_row, index) => [
    `options.${index}.label`,
    `options.${index}.key`,
  ]);
  return [
    'label',
    'key',
    'type',
    'section',
    'helpText',
    'required',
    'requiredFromStatusId',
    'options',
    'default',
    ...optionPaths,
  ];
}

/** Sorts a failed save into input errors, a refusal, or (for the rest) a notification. */
export function fieldFailure(
  error: unknown,
  draft: FieldDraft,
  removed: ChoiceOption[] = [],
): FieldFailure {
  if (error instanceof ApiError && error.code === 'field_key_taken') {
    return { errors: { key: i18n.t('moduleSettings.errors.field_key_taken') }, refusal: null };
  }
  if (error instanceof ApiError && error.code === 'type_change_loses_data') {
    const refusal = {
      title: i18n.t('moduleSettings.refusals.typeChangeTitle'),
      message: i18n.t('moduleSettings.refusals.typeChange', {
        type: i18n.t(`fieldTypes.${draft.type}`),
      }),
      detail: error.message,
    };
    return { errors: {}, refusal };
  }
  if (error instanceof ApiError && error.code === 'option_in_use') {
    const refusal = {
      title: i18n.t('moduleSettings.refusals.optionInUseTitle'),
      message: i18n.t('moduleSettings.refusals.optionInUse', {
        options: removed.map((option) => `“${option.label}”`).join(', '),
      }),
      detail: error.message,
    };
    return { errors: {}, refusal };
  }
  return { errors: showApiError(error, formPaths(draft)), refusal: null };
}
