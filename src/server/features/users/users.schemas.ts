// Users as the API carries them (API.md /users).
import { z } from 'zod';
import { ROLES } from '../../../domain/permissions';

export const listUsersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});

export const userResponse = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  position: z.string(),
  active: z.boolean(),
});

export const userListResponse = z.object({
  items: z.array(userResponse),
  nextCursor: z.string().nullable(),
});
