// The card's title, edited in place: saved on Enter or on leaving it, Escape puts it back.
import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../api/cards.types';
import { useCardSave } from './useCardSave';
import classes from './CardPage.module.css';

export function CardTitleEditor({ card, disabled }: { card: Card; disabled: boolean }) {
  const { t } = useTranslation();
  const { save } = useCardSave(card.id);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const title = draft.trim();
    if (title === card.title) return setDraft(null);
    if (!title) return setError(t('validation.required'));
    save({ title }, ['title'], {
      onSaved: () => {
        setDraft(null);
        setError(null);
      },
      onErrors: (errors) => {
        if (!errors.title) setDraft(null);
        setError(errors.title ?? null);
      },
    });
  };

  return (
    <TextInput
      value={draft ?? card.title}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        setError(null);
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(null);
          setError(null);
        }
      }}
      error={error}
      disabled={disabled}
      variant="unstyled"
      classNames={{ input: classes.titleInput }}
      aria-label={t('board.cardPage.title')}
      style={{ flex: 1, minWidth: 0 }}
      data-testid="card-title"
    />
  );
}
