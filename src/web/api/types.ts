// The shapes the web app exchanges with the API. Where the server has a zod schema, the type is
// inferred from it (one schema, three uses); the rest follow the API contract until theirs exist.
import type { z } from 'zod';
import type { ChecklistStepKey } from '../../domain/checklist';
import type { ChoiceOption, FieldType } from '../../domain/field-types';
import type { Locale } from '../../domain/locale';
import type { Role } from '../../domain/permissions';
import type { StatusGroup } from '../../domain/pipeline';
import type { ModuleTemplateKey } from '../../domain/templates/template.types';
import type { loginBody, meResponse, signUpBody } from '../../server/features/auth/auth.schemas';
import type {
  createModuleBody,
  moduleDetailResponse,
  moduleResponse,
  moduleTemplateListResponse,
  updateModuleBody,
} from '../../server/features/modules/modules.schemas';
import type {
  createFieldBody,
  fieldResponse,
  updateFieldBody,
} from '../../server/features/fields/fields.schemas';
import type {
  createStatusBody,
  statusResponse,
  updateStatusBody,
} from '../../server/features/statuses/statuses.schemas';
import type {
  companySettingsPatch,
  companySettingsResponse,
} from '../../server/features/settings/settings.schemas';
import type { userResponse } from '../../server/features/users/users.schemas';

export type { ChoiceOption, FieldType, Locale, Role, StatusGroup, ModuleTemplateKey };

export type Me = z.infer<typeof meResponse>;
export type SignupRequest = z.input<typeof signUpBody>;
export type LoginRequest = z.input<typeof loginBody>;

export type CompanySettings = z.infer<typeof companySettingsResponse>;
/** Every company setting the form edits; the logo has its own upload. */
export type CompanyFields = Omit<CompanySettings, 'logoUrl'>;
export type CompanySettingsChanges = z.input<typeof companySettingsPatch>;

export type Module = z.infer<typeof moduleResponse>;
export type ModuleDetail = z.infer<typeof moduleDetailResponse>;
export type PipelineStatus = ModuleDetail['statuses'][number];
export type TaskType = ModuleDetail['taskTypes'][number];
export type ModuleTemplateSummary = z.infer<typeof moduleTemplateListResponse>['items'][number];
export type NewModule = z.input<typeof createModuleBody>;
export type ModuleChanges = z.input<typeof updateModuleBody>;

/** A pipeline status as /modules/:moduleId/statuses carries it, with its live card count. */
export type Status = z.infer<typeof statusResponse>;
export type NewStatus = z.input<typeof createStatusBody>;
export type StatusChanges = z.input<typeof updateStatusBody>;
/** A custom field as /modules/:moduleId/fields carries it, archived ones included. */
export type Field = z.infer<typeof fieldResponse>;
export type NewField = z.input<typeof createFieldBody>;
export type FieldChanges = Omit<z.input<typeof updateFieldBody>, 'key'>;

export type ChecklistStep = { step: number; key: ChecklistStepKey; done: boolean; href: string };
export type Checklist = { steps: ChecklistStep[]; doneCount: number };

export type SampleDataRemoval = { removedCards: number; removedContacts: number };

export type WorkspaceUser = z.infer<typeof userResponse>;

export type ItemList<T> = { items: T[] };
