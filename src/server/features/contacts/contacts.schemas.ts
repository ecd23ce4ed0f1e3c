// Request and response shapes for reading contacts (API.md: /contacts).
import { z } from 'zod';
import { rowId } from '../../http/common-schemas';

export const listContactsQuery = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(['person', 'company']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListContactsQuery = z.infer<typeof listContactsQuery>;

export const contactIdParams = z.object({ contactId: rowId });

export const contactResponse = z.object({
  id: z.string(),
  kind: z.enum(['person', 'company']),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  companyId: z.string().nullable(),
  taxId: z.string().nullable(),
  address: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContactResponse = z.infer<typeof contactResponse>;

export const contactListResponse = z.object({
  items: z.array(contactResponse),
  nextCursor: z.string().nullable(),
});
