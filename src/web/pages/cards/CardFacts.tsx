// The card's place and people: status (a refused move names the fields it needs), owner,
// contact, and when it was created and last changed.
import { useState } from 'react';
import { ColorSwatch, Divider, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../api/cards.types';
import type { PipelineStatus, WorkspaceUser } from '../../api/types';
import { ContactSelect } from '../../components/ContactSelect';
import { useFormatters } from '../../format/useFormatters';
import { notifySuccess } from '../../notices';
import { useCardSave } from './useCardSave';

type CardFactsProps = {
  card: Card;
  statuses: PipelineStatus[];
  users: WorkspaceUser[];
  disabled: boolean;
  onMissingFields: (keys: string[], statusId: string) => void;
};

export function CardFacts({ card, statuses, users, disabled, onMissingFields }: CardFactsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { save } = useCardSave(card.id);
  const [saving, setSaving] = useState<'status' | 'owner' | 'contact' | null>(null);
  const status = statuses.find((candidate) => candidate.id === card.statusId);
  const colorOf = (id: string) => statuses.find((candidate) => candidate.id === id)?.color;

  const changeStatus = (statusId: string | null) => {
    if (!statusId || statusId === card.statusId) return;
    const target = statuses.find((candidate) => candidate.id === statusId);
    setSaving('status');
    save({ statusId }, ['statusId'], {
      onSaved: () => notifySuccess(t('board.cardPage.moved', { status: target?.name ?? '' })),
      onMissingFields: (keys) => onMissingFields(keys, statusId),
      onSettled: () => setSaving(null),
    });
  };

  const changeOwner = (ownerId: string | null) => {
    if (!ownerId || ownerId === card.ownerId) return;
    setSaving('owner');
    save({ ownerId }, ['ownerId'], { onSettled: () => setSaving(null) });
  };

  const changeContact = (contactId: string | null) => {
    if (contactId === card.contactId) return;
    setSaving('contact');
    // A refusal (a contact trashed meanwhile) is notified: the select has no room for it.
    save({ contactId }, [], { onSettled: () => setSaving(null) });
  };

  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap="md">
        <Select
          label={t('board.cardPage.status')}
          data={statuses.map((option) => ({ value: option.id, label: option.name }))}
          value={card.statusId}
          onChange={changeStatus}
          allowDeselect={false}
          disabled={disabled}
          leftSection={status && <ColorSwatch color={status.color} size={12} />}
          rightSection={saving === 'status' ? <Loader size={14} /> : undefined}
          renderOption={({ option }) => (
            <Group gap="xs" wrap="nowrap">
              <ColorSwatch color={colorOf(option.value) ?? 'gray'} size={12} />
              <Text size="sm">{option.label}</Text>
            </Group>
          )}
          data-testid="card-status"
        />
        <Select
          label={t('board.cardPage.owner')}
          data={users
            .filter((user) => user.active || user.id === card.ownerId)
            .map((user) => ({ value: user.id, label: user.name }))}
          value={card.ownerId}
          onChange={changeOwner}
          allowDeselect={false}
          searchable
          disabled={disabled}
          rightSection={saving === 'owner' ? <Loader size={14} /> : undefined}
          data-testid="card-owner"
        />
        <ContactSelect
          label={t('board.cardPage.contact')}
          value={card.contactId}
          knownName={card.contactName}
          onChange={changeContact}
          disabled={disabled}
          saving={saving === 'contact'}
          testId="card-contact"
        />
        <Divider />
        <Stack gap={6}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('board.cardPage.created')}
            </Text>
            <Text size="xs">{format.dateTime(card.createdAt)}</Text>
          </Group>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {t('board.cardPage.updated')}
            </Text>
            <Text size="xs">{format.dateTime(card.updatedAt)}</Text>
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}
