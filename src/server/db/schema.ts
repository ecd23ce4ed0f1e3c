// Table types for Kysely. Times are ISO-8601 UTC strings, booleans are 0/1, JSON is text;
// Generated<> marks a column the database fills with a default when an insert leaves it out.
import type { Generated } from 'kysely';
import type { FieldType } from '../../domain/field-types';
import type { Locale } from '../../domain/locale';
import type { StatusGroup } from '../../domain/pipeline';
import type { Role } from '../../domain/permissions';
type Bool = number;
type Time = string;

export type WorkspaceTable = {
  id: string;
  created_at: Time;
  /** Raised by triggers on every change to a module's setup (migration 0004). */
  setup_version: Generated<number>;
};

export type CompanySettingsTable = {
  workspace_id: string;
  name: string;
  legal_name: Generated<string>;
  tax_id: Generated<string>;
  registration_number: Generated<string>;
  vat_payer: Generated<Bool>;
  address: Generated<string>;
  city: Generated<string>;
  county: Generated<string>;
  postal_code: Generated<string>;
  country: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  website: Generated<string>;
  bank_name: Generated<string>;
  iban: Generated<string>;
  currency: Generated<string>;
  locale: Generated<Locale>;
  time_zone: Generated<string>;
  updated_at: Time;
};

export type CompanyLogoTable = {
  workspace_id: string;
  content_type: string;
  bytes: Buffer;
  updated_at: Time;
};

export type UserTable = {
  id: string;
  workspace_id: string;
  name: string;
  email: string;
  password_hash: string | null;
  role: Role;
  position: Generated<string>;
  locale: Locale;
  time_zone: string;
  is_active: Generated<Bool>;
  created_at: Time;
};

export type SessionTable = {
  id: string;
  workspace_id: string;
  user_id: string;
  csrf_token: string;
  created_at: Time;
  expires_at: Time;
};

export type LoginFailureTable = { email: string; ip: string; failed_at: Time };

export type ModuleTable = {
  id: string;
  workspace_id: string;
  name: string;
  template: string;
  position: number;
  idle_days: number | null;
  archived_at: Time | null;
  created_at: Time;
  updated_at: Time;
};

export type StatusTable = {
  id: string;
  workspace_id: string;
  module_id: string;
  name: string;
  group_name: StatusGroup;
  color: string;
  probability: number;
  position: number;
  created_at: Time;
};

export type FieldTable = {
  id: string;
  workspace_id: string;
  module_id: string;
  key: string;
  label: string;
  type: FieldType;
  section: string;
  required: Generated<Bool>;
  required_from_status_id: string | null;
  options: string | null;
  help_text: Generated<string>;
  default_value: string | null;
  position: number;
  archived_at: Time | null;
  created_at: Time;
};

export type TaskTypeTable = {
  id: string;
  workspace_id: string;
  module_id: string;
  name: string;
  color: string;
  icon: string;
  default_duration_min: number;
  default_reminder_min: number;
  position: number;
  created_at: Time;
};

export type ContactTable = {
  id: string;
  workspace_id: string;
  kind: 'person' | 'company';
  name: string;
  /** The name folded for search (domain/text/fold), migration 0006. */
  name_folded: Generated<string>;
  email: string | null;
  phone: string | null;
  company_id: string | null;
  tax_id: string | null;
  address: string | null;
  fields: Generated<string>;
  is_sample: Generated<Bool>;
  created_at: Time;
  updated_at: Time;
  deleted_at: Time | null;
};

export type CardTable = {
  id: string;
  workspace_id: string;
  module_id: string;
  status_id: string;
  title: string;
  owner_id: string;
  contact_id: string | null;
  fields: Generated<string>;
  rank: string;
  version: Generated<number>;
  is_sample: Generated<Bool>;
  created_by: string;
  created_at: Time;
  updated_at: Time;
  deleted_at: Time | null;
  title_folded: Generated<string>;
};

export type CardValueTable = {
  workspace_id: string;
  module_id: string;
  field_id: string;
  card_id: string;
  num: number | null;
  txt: string | null;
};

export type StatusTotalTable = {
  workspace_id: string;
  module_id: string;
  status_id: string;
  card_count: number;
};

export type StatusMoneyTotalTable = {
  workspace_id: string;
  module_id: string;
  status_id: string;
  field_id: string;
  currency: string;
  /** Integer minor units (cents). */
  amount_minor: number;
};

export type CardHistoryTable = {
  id: string;
  workspace_id: string;
  card_id: string;
  user_id: string | null;
  kind: string;
  changes: Generated<string>;
  body: string | null;
  at: Time;
};

export type AttachmentTable = {
  id: string;
  workspace_id: string;
  card_id: string;
  file_name: string;
  content_type: string;
  size: number;
  bytes: Buffer;
  uploaded_by: string;
  created_at: Time;
};

export type ModuleAccessTable = {
  workspace_id: string;
  user_id: string;
  module_id: string;
  access: string;
};

export type AuditLogTable = {
  id: string;
  workspace_id: string;
  user_id: string | null;
  action: string;
  target: string;
  details: Generated<string>;
  at: Time;
};

export type Database = {
  workspaces: WorkspaceTable;
  company_settings: CompanySettingsTable;
  company_logos: CompanyLogoTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  modules: ModuleTable;
  statuses: StatusTable;
  fields: FieldTable;
  task_types: TaskTypeTable;
  contacts: ContactTable;
  cards: CardTable;
  card_values: CardValueTable;
  status_totals: StatusTotalTable;
  status_money_totals: StatusMoneyTotalTable;
  card_history: CardHistoryTable;
  attachments: AttachmentTable;
  module_access: ModuleAccessTable;
  audit_log: AuditLogTable;
};
