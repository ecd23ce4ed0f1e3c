// Saving a change to the card shown: field errors go back to the caller, a change by someone
// else in between is said plainly (the card reloads with it).
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useUpdateCard } from '../../api/cards.queries';
import type { Card, CardChanges } from '../../api/cards.types';
import { cardFormErrors, requiredFieldKeys } from '../../board-notices';
import type { FieldErrors } from '../../notices';

type SaveHandlers = {
  onSaved?: (card: Card) => void;
  /** The errors of the given paths; empty when the error was notified instead. */
  onErrors?: (errors: FieldErrors, error: unknown) => void;
  onSettled?: () => void;
  /** A status refused for empty required fields: their keys, instead of a notification. */
  onMissingFields?: (keys: string[]) => void;
};

export function useCardSave(cardId: string) {
  const { t } = useTranslation();
  const update = useUpdateCard(cardId);
  const save = (changes: CardChanges, paths: readonly string[], handlers: SaveHandlers = {}) =>
    update.mutate(changes, {
      onSuccess: ({ updated }) => handlers.onSaved?.(updated),
      onError: (error) => {
        if (error.code === 'stale_version') {
          notifications.show({ color: 'orange', message: t('board.cardPage.staleVersion') });
          handlers.onErrors?.({}, error);
          return;
        }
        const missing = requiredFieldKeys(error);
        if (handlers.onMissingFields && missing.length > 0) {
          handlers.onMissingFields(missing);
          return;
        }
        handlers.onErrors?.(cardFormErrors(error, paths), error);
      },
      onSettled: handlers.onSettled,
    });
  return { save, isPending: update.isPending };
}
