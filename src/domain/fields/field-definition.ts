// A custom field as the rules see it: its type and the constraints on its values.
import type { ChoiceOption, FieldType } from '../field-types';

export type FieldDefinition = {
  id: string;
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  requiredFromStatusId: string | null;
  options: ChoiceOption[] | null;
};

/** A stored field value: what cards.fields holds under the field's key. */
export type FieldValue =
  string | number | boolean | string[] | { amount: string; currency: string };

export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,49}$/;
export const CHOICE_TYPES = new Set<FieldType>(['single_choice', 'multi_choice']);
