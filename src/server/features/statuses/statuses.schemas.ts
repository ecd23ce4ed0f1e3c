// Pipeline statuses as the API carries them (API.md /modules/:moduleId/statuses, /statuses/:rowId).
import { z } from 'zod';
import { rowId } from '../../http/common-schemas';
import { STATUS_GROUPS } from '../../../domain/pipeline';
import { STATUS_NAME_MAX_LENGTH } from '../../../domain/pipeline-rules';

const name = z.string().trim().min(1, 'is required').max(STATUS_NAME_MAX_LENGTH);
const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #228be6')
  .toLowerCase();
const probability = z.number().int().min(0).max(100);

export const statusIdParams = z.object({ statusId: rowId });
export const deleteStatusQuery = z.object({ moveTo: rowId.optional() });

export const createStatusBody = z
  .object({
    name,
    group: z.enum(STATUS_GROUPS),
    color: color.optional(),
    probability: probability.optional(),
  })
  .strict();
export type CreateStatusInput = z.infer<typeof createStatusBody>;

export const updateStatusBody = z
  .object({
    name: name.optional(),
    group: z.enum(STATUS_GROUPS).optional(),
    color: color.optional(),
    probability: probability.optional(),
  })
  .strict();
export type UpdateStatusInput = z.infer<typeof updateStatusBody>;

export const statusResponse = z.object({
  id: z.string(),
  moduleId: z.string(),
  name: z.string(),
  group: z.enum(STATUS_GROUPS),
  color: z.string(),
  probability: z.number(),
  position: z.number(),
  /** Live cards in the status; trashed ones are not counted. */
  cardCount: z.number(),
});
export type StatusResponse = z.infer<typeof statusResponse>;

export const statusListResponse = z.object({ items: z.array(statusResponse) });
