// Checks the custom-field values of a card against their fields: the value's type (pure rules
// in src/domain/fields) and that a referenced user, contact or file exists in the workspace.
import { ValidationFailed, type FieldProblem } from '../../../domain/errors';
import type { FieldDefinition, FieldValue } from '../../../domain/fields/field-definition';
import { parseFieldValue } from '../../../domain/fields/field-value';
import type { Executor } from '../../context';
import { isActiveUser, isAttachmentOfCard, isLiveContact } from './card-context.store';

async function referenceExists(
  db: Executor,
  workspaceId: string,
  field: FieldDefinition,
  value: FieldValue,
  cardId: string | null,
): Promise<boolean> {
  switch (field.type) {
    case 'user':
      return isActiveUser(db, workspaceId, value as string);
    case 'contact':
      return isLiveContact(db, workspaceId, value as string);
    case 'file':
      return cardId !== null && isAttachmentOfCard(db, workspaceId, cardId, value as string);
    default:
      return true;
  }
}

/**
 * Validates `input` (values by field key) and returns them in stored form; throws one
 * ValidationFailed naming every bad field as `fields.<key>`.
 */
export async function checkFieldValues(
  db: Executor,
  workspaceId: string,
  fields: FieldDefinition[],
  input: Record<string, unknown>,
  options: { cardId: string | null; defaultCurrency: string },
): Promise<Record<string, FieldValue | null>> {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const problems: FieldProblem[] = [];
  const values: Record<string, FieldValue | null> = {};
  for (const [key, raw] of Object.entries(input)) {
    const field = byKey.get(key);
    if (!field) {
      problems.push({ path: `fields.${key}`, message: 'is not a field of this module' });
      continue;
    }
    const parsed = parseFieldValue(field, raw, { defaultCurrency: options.defaultCurrency });
    if (!parsed.ok) {
      problems.push({ path: `fields.${key}`, message: parsed.message, code: parsed.problem });
      continue;
    }
    if (
      parsed.value !== null &&
      !(await referenceExists(db, workspaceId, field, parsed.value, options.cardId))
    ) {
      problems.push({
        path: `fields.${key}`,
        message: `names no ${field.type} of this workspace`,
        code: 'unknown_reference',
      });
      continue;
    }
    values[key] = parsed.value;
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  return values;
}
