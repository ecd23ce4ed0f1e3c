// Request parts that several features share: ids in paths and bodies, and a new order of ids.
import { z } from 'zod';

export const rowId = z.string().min(1).max(64);

export const moduleIdParams = z.object({ moduleId: rowId });

/** The complete new order of a module's statuses or fields, first to last. */
export const reorderBody = z.object({ ids: z.array(rowId).min(1).max(500) }).strict();
