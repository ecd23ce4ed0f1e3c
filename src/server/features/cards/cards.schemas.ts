// Cards as the API carries them (API.md /modules/:moduleId/cards, /cards/:cardId).
import { z } from 'zod';
import { rowId } from '../../http/common-schemas';

const title = z.string().trim().min(1, 'is required').max(300);
/** Field values are checked per field type by the service (src/domain/fields/field-value.ts). */
const fieldValues = z.record(z.string().max(50), z.unknown());

export const cardIdParams = z.object({ cardId: rowId });

export const createCardBody = z
  .object({
    title,
    statusId: rowId.optional(),
    ownerId: rowId.optional(),
    contactId: rowId.nullable().optional(),
    fields: fieldValues.default({}),
  })
  .strict();
export type CreateCardInput = z.infer<typeof createCardBody>;

/** Where a moved card goes: between two cards of the target column (either may be absent). */
const position = z
  .object({ afterId: rowId.nullable().optional(), beforeId: rowId.nullable().optional() })
  .strict();

export const updateCardBody = z
  .object({
    version: z.number().int().min(1),
    title: title.optional(),
    statusId: rowId.optional(),
    ownerId: rowId.optional(),
    contactId: rowId.nullable().optional(),
    fields: fieldValues.optional(),
    position: position.optional(),
  })
  .strict();
export type UpdateCardInput = z.infer<typeof updateCardBody>;

const storedValue = z.unknown();

export const cardResponse = z.object({
  id: z.string(),
  moduleId: z.string(),
  statusId: z.string(),
  title: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  fields: z.record(z.string(), storedValue),
  rank: z.string(),
  version: z.number(),
  stale: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type CardResponse = z.infer<typeof cardResponse>;

export const cardListResponse = z.object({
  items: z.array(cardResponse),
  nextCursor: z.string().nullable(),
});
export type CardListResponse = z.infer<typeof cardListResponse>;

export const historyEntryResponse = z.object({
  id: z.string(),
  kind: z.enum(['created', 'updated', 'deleted', 'restored', 'comment']),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  at: z.string(),
  changes: z.array(
    z.object({ field: z.string(), label: z.string(), from: z.unknown(), to: z.unknown() }),
  ),
  body: z.string().nullable(),
});

export const historyResponse = z.object({
  items: z.array(historyEntryResponse),
  nextCursor: z.string().nullable(),
});

export const historyQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});

export const commentBody = z
  .object({ body: z.string().trim().min(1, 'is required').max(10_000) })
  .strict();

const FILTER_PARAM = /^filter\[[A-Za-z0-9_]+\](\[[a-z]+\])?$/;

export const cardListQuery = z
  .object({
    status: z.string().max(2000).optional(),
    owner: z.string().max(64).optional(),
    q: z.string().trim().max(200).optional(),
    sort: z.string().max(60).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(1000).optional(),
  })
  .catchall(z.union([z.string().max(1000), z.array(z.string().max(1000)).max(100)]))
  .superRefine((query, context) => {
    for (const key of Object.keys(query)) {
      const known = ['status', 'owner', 'q', 'sort', 'limit', 'cursor'].includes(key);
      if (!known && !FILTER_PARAM.test(key)) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: 'is not a parameter of this list',
        });
      }
    }
  });
export type CardListQueryInput = z.infer<typeof cardListQuery>;
