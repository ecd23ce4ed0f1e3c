// The shapes of cards, the board, a card's timeline, attachments and the trash. Inferred from the
// server's zod schemas where they are exported; attachments and the trash follow API.md until
// their schemas are exported too.
import type { z } from 'zod';
import type { Money } from '../../domain/field-types';
import type { boardColumn, boardResponse } from '../../server/features/cards/board.schemas';
import type {
  cardResponse,
  createCardBody,
  historyEntryResponse,
  historyResponse,
  updateCardBody,
} from '../../server/features/cards/cards.schemas';

export type { Money };

export type Card = z.infer<typeof cardResponse>;
export type NewCard = z.input<typeof createCardBody>;
/** A change to a card; the client adds the `version` it last read. */
export type CardChanges = Omit<z.input<typeof updateCardBody>, 'version'>;
export type CardPosition = NonNullable<CardChanges['position']>;

export type Board = z.infer<typeof boardResponse>;
export type BoardColumn = z.infer<typeof boardColumn>;

export type HistoryEntry = z.infer<typeof historyEntryResponse>;
export type HistoryChange = HistoryEntry['changes'][number];
export type HistoryPage = z.infer<typeof historyResponse>;

export type Attachment = {
  id: string;
  cardId: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  createdAt: string;
};

export type TrashedCard = {
  id: string;
  title: string;
  moduleId: string;
  moduleName: string;
  deletedAt: string;
};
export type ArchivedModule = { id: string; name: string; archivedAt: string };
export type TrashPage = {
  modules: ArchivedModule[];
  cards: TrashedCard[];
  nextCursor: string | null;
};
