// The shape of a module template: typed data, not code paths per module kind (STYLE.md).
import type { FieldType } from '../field-types';
import type { Localized } from '../locale';
import type { StatusGroup } from '../pipeline';

export const MODULE_TEMPLATE_KEYS = [
  'sales',
  'projects',
  'helpdesk',
  'recruitment',
  'invoicing',
  'blank',
] as const;
export type ModuleTemplateKey = (typeof MODULE_TEMPLATE_KEYS)[number];

export type StatusTemplate = {
  /** Template-local key, used by fields' requiredFromStatus and by sample cards. */
  key: string;
  name: Localized;
  group: StatusGroup;
  /** '#rrggbb' */
  color: string;
  /** Win probability 0..100, used by the weighted forecast. */
  probability: number;
};

export type FieldTemplate = {
  /** Stable key: lowercase letters, digits and underscores, starting with a letter. */
  key: string;
  label: Localized;
  type: FieldType;
  section: Localized;
  required?: boolean;
  /** Key of a status of the same template from which on the field is required. */
  requiredFromStatus?: string;
  options?: { key: string; label: Localized }[];
  helpText?: Localized;
};

export type TaskTypeTemplate = {
  name: Localized;
  color: string;
  /** A Tabler icon name, e.g. 'phone', 'calendar', 'mail'. */
  icon: string;
  defaultDurationMin: number;
  defaultReminderMin: number;
};

/**
 * A sample card: field values are given as the API would take them (money as
 * `{ amount: '1200.00', currency: 'RON' }`, dates 'YYYY-MM-DD', choices by option key,
 * localized strings for text fields).
 */
export type SampleCardTemplate = {
  title: Localized;
  status: string;
  /** Key of a sample contact (see sample-contacts.ts) the card is linked to. */
  contact?: string;
  fields: Record<string, SampleFieldValue>;
};
export type SampleFieldValue =
  string | number | boolean | string[] | Localized | { amount: string; currency: string };

export type ModuleTemplate = {
  key: ModuleTemplateKey;
  name: Localized;
  description: Localized;
  statuses: StatusTemplate[];
  fields: FieldTemplate[];
  taskTypes: TaskTypeTemplate[];
  sampleCards: SampleCardTemplate[];
};

export type SampleContactTemplate = {
  key: string;
  kind: 'person' | 'company';
  name: string;
  email?: string;
  phone?: string;
  /** For a person: the key of the company they work at. */
  company?: string;
  /** For a company: a valid Romanian CUI, e.g. 'RO18547290'. */
  taxId?: string;
  address?: string;
};
