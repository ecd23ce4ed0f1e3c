// Modules as the API carries them (API.md /modules, /module-templates).
import { z } from 'zod';
import { FIELD_TYPES } from '../../../domain/field-types';
import { MODULE_TEMPLATE_KEYS } from '../../../domain/templates/template.types';
import { statusResponse } from '../statuses/statuses.schemas';

const moduleName = z.string().trim().min(1, 'is required').max(100);

export const moduleIdParams = z.object({ moduleId: z.string().max(64) });

export const listModulesQuery = z.object({
  includeArchived: z.stringbool().default(false),
});

export const createModuleBody = z
  .object({
    name: moduleName,
    template: z.enum(MODULE_TEMPLATE_KEYS),
    sampleData: z.boolean().default(false),
  })
  .strict();
export type CreateModuleInput = z.infer<typeof createModuleBody>;

export const updateModuleBody = z
  .object({
    name: moduleName.optional(),
    archived: z.boolean().optional(),
    idleDays: z.number().int().min(1).max(3650).nullable().optional(),
  })
  .strict();
export type UpdateModuleInput = z.infer<typeof updateModuleBody>;

export const reorderModulesBody = z
  .object({ ids: z.array(z.string().max(64)).min(1).max(1000) })
  .strict();

export const moduleResponse = z.object({
  id: z.string(),
  name: z.string(),
  template: z.string(),
  position: z.number(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  idleDays: z.number().nullable(),
  createdAt: z.string(),
  cardCount: z.number(),
});
export type ModuleResponse = z.infer<typeof moduleResponse>;

export const moduleListResponse = z.object({ items: z.array(moduleResponse) });

/** A module with its pipeline (statuses as /statuses writes them) and its active fields. */
export const moduleDetailResponse = moduleResponse.extend({
  statuses: z.array(statusResponse),
  fields: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      label: z.string(),
      type: z.enum(FIELD_TYPES),
      section: z.string(),
      required: z.boolean(),
      helpText: z.string(),
      options: z.array(z.object({ key: z.string(), label: z.string() })).nullable(),
    }),
  ),
  taskTypes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      color: z.string(),
      icon: z.string(),
      defaultDurationMin: z.number(),
      defaultReminderMin: z.number(),
    }),
  ),
});

export const moduleTemplateListResponse = z.object({
  items: z.array(
    z.object({
      key: z.enum(MODULE_TEMPLATE_KEYS),
      name: z.string(),
      description: z.string(),
      statusCount: z.number(),
      fieldCount: z.number(),
      taskTypeCount: z.number(),
    }),
  ),
});
