// Which fields a card must have filled to sit in a given status: the always-required ones, and
// those "required from status X on" when the status is X or comes after X in the pipeline.
import type { FieldDefinition } from './field-definition';
import { isEmptyValue } from './field-value';

export function missingRequiredFields(
  fields: FieldDefinition[],
  values: Record<string, unknown>,
  statusId: string,
  statusPositions: Map<string, number>,
): FieldDefinition[] {
  const position = statusPositions.get(statusId) ?? -1;
  return fields.filter((field) => {
    if (!isEmptyValue(values[field.key])) return false;
    if (field.required) return true;
    if (!field.requiredFromStatusId) return false;
    const from = statusPositions.get(field.requiredFromStatusId);
    return from !== undefined && position >= from;
  });
}
