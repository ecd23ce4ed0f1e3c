// The kanban board as the API carries it (API.md /modules/:moduleId/board).
import { z } from 'zod';
import { STATUS_GROUPS } from '../../../domain/pipeline';
import { cardResponse } from './cards.schemas';

export const BOARD_PAGE_SIZE = 50;

export const boardQuery = z
  .object({
    status: z.string().max(64).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(BOARD_PAGE_SIZE),
  })
  .strict();

const money = z.object({ amount: z.string(), currency: z.string() });

export const boardColumn = z.object({
  status: z.object({
    id: z.string(),
    name: z.string(),
    group: z.enum(STATUS_GROUPS),
    color: z.string(),
    probability: z.number(),
  }),
  count: z.number(),
  sum: money.nullable(),
  weightedSum: money.nullable(),
  /** Sums in currencies other than the workspace's, not converted. */
  otherSums: z.array(money),
  cards: z.array(cardResponse),
  nextCursor: z.string().nullable(),
});

export const boardResponse = z.object({
  moduleId: z.string(),
  currency: z.string(),
  sumField: z.object({ key: z.string(), label: z.string() }).nullable(),
  /** Keys of the fields the cards of the board carry (and show); other fields are left out. */
  cardFields: z.array(z.string()),
  columns: z.array(boardColumn),
});

export type BoardResponse = z.infer<typeof boardResponse>;
