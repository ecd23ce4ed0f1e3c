// Custom fields of a module's cards as the API carries them (API.md /modules/:moduleId/fields).
import { z } from 'zod';
import { rowId } from '../../http/common-schemas';
import { FIELD_TYPES } from '../../../domain/field-types';
import { FIELD_KEY_PATTERN } from '../../../domain/fields/field-definition';

const key = z
  .string()
  .regex(
    FIELD_KEY_PATTERN,
    'must start with a lowercase letter and hold only a-z, 0-9 and _ (at most 50 characters)',
  );
const label = z.string().trim().min(1, 'is required').max(100);
const section = z.string().trim().min(1, 'is required').max(60);
const helpText = z.string().trim().max(500);
const position = z.number().int().min(0).max(100_000);
/** An option without a key gets one made from its label; a kept key keeps the cards' values. */
const option = z.object({ key: key.optional(), label }).strict();
const options = z.array(option).max(200);
/** Checked against the field's type by the service (src/domain/fields/field-value.ts). */
const defaultValue = z.unknown();

export const fieldIdParams = z.object({ fieldId: rowId });
export const listFieldsQuery = z.object({ includeArchived: z.stringbool().default(false) });

export const createFieldBody = z
  .object({
    key: key.optional(),
    label,
    type: z.enum(FIELD_TYPES),
    section: section.optional(),
    required: z.boolean().default(false),
    requiredFromStatusId: rowId.nullable().default(null),
    options: options.nullable().optional(),
    helpText: helpText.default(''),
    default: defaultValue.optional(),
  })
  .strict();
export type CreateFieldInput = z.infer<typeof createFieldBody>;

export const updateFieldBody = z
  .object({
    key: z.never({ error: 'cannot change: a field key is stable' }).optional(),
    label: label.optional(),
    type: z.enum(FIELD_TYPES).optional(),
    section: section.optional(),
    required: z.boolean().optional(),
    requiredFromStatusId: rowId.nullable().optional(),
    options: options.nullable().optional(),
    helpText: helpText.optional(),
    default: defaultValue.optional(),
    position: position.optional(),
    archived: z.boolean().optional(),
  })
  .strict();
export type UpdateFieldInput = z.infer<typeof updateFieldBody>;

const storedValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.object({ amount: z.string(), currency: z.string() }),
]);

export const fieldResponse = z.object({
  id: z.string(),
  moduleId: z.string(),
  key: z.string(),
  label: z.string(),
  type: z.enum(FIELD_TYPES),
  section: z.string(),
  required: z.boolean(),
  requiredFromStatusId: z.string().nullable(),
  options: z.array(z.object({ key: z.string(), label: z.string() })).nullable(),
  helpText: z.string(),
  default: storedValue.nullable(),
  position: z.number(),
  archived: z.boolean(),
  /** Whether any card (trashed ones too) holds a value: such a field is archived, not deleted. */
  hasData: z.boolean(),
});
export type FieldResponse = z.infer<typeof fieldResponse>;

export const fieldListResponse = z.object({ items: z.array(fieldResponse) });
