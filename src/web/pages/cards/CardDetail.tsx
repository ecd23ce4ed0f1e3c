// A loaded card: title, trash state, its fields by section and activity on the left; status,
// owner and files on the right.
import { useState } from 'react';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isEmptyValue } from '../../../domain/fields/field-value';
import { useAttachments, useUploadAttachment } from '../../api/attachments.queries';
import { useRestoreCard, useTrashCard } from '../../api/cards.queries';
import type { Card } from '../../api/cards.types';
import { useCompanySettings } from '../../api/company.queries';
import { useFields } from '../../api/fields.queries';
import { useModule } from '../../api/modules.queries';
import { useUsers } from '../../api/users.queries';
import { boardErrorMessage, notifyBoardError } from '../../board-notices';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadError } from '../../components/LoadError';
import { PageLoader } from '../../components/PageLoader';
import { useValueNames } from '../../format/useValueNames';
import { useCardHistory } from '../../api/card-history.queries';
import { useContactNames } from '../../api/contacts.queries';
import { contactIdsOf } from './contact-ids';
import { notifySuccess } from '../../notices';
import { CardActivity } from './CardActivity';
import { CardAttachments } from './CardAttachments';
import { CardFacts } from './CardFacts';
import { CardFieldSections } from './CardFieldSections';
import { CardTitleEditor } from './CardTitleEditor';
import { MissingFieldsAlert } from './MissingFieldsAlert';
import { useCardSave } from './useCardSave';

export function CardDetail({ card }: { card: Card }) {
  const { t } = useTranslation();
  const module = useModule(card.moduleId);
  const fields = useFields(card.moduleId);
  const { data: users = [] } = useUsers();
  const { data: company } = useCompanySettings();
  const attachments = useAttachments(card.id);
  const history = useCardHistory(card.id);
  const contactNames = useContactNames(contactIdsOf(card, fields.data, history.data?.entries));
  const names = useValueNames(attachments.data, contactNames);
  const upload = useUploadAttachment(card.id);
  const trash = useTrashCard();
  const restore = useRestoreCard();
  const { save, isPending: saving } = useCardSave(card.id);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [params, setParams] = useSearchParams();

  if (module.isPending || fields.isPending) return <PageLoader />;
  if (module.isError)
    return <LoadError error={module.error} onRetry={() => void module.refetch()} />;
  if (fields.isError)
    return <LoadError error={fields.error} onRetry={() => void fields.refetch()} />;

  const trashed = card.deletedAt !== null;
  // Already in pipeline order: the module detail lists statuses by position.
  const statuses = module.data.statuses;
  const activeFields = fields.data.filter((field) => !field.archived);
  const missingFor = statuses.find((status) => status.id === params.get('for'));
  const missingKeys = (params.get('missing') ?? '').split(',').filter(Boolean);
  const missing =
    missingFor && missingKeys.length > 0 && missingFor.id !== card.statusId
      ? { keys: missingKeys, statusName: missingFor.name }
      : null;
  const stillMissing = activeFields.filter(
    (field) => missing?.keys.includes(field.key) && isEmptyValue(card.fields[field.key]),
  );

  const showMissing = (keys: string[], statusId: string) =>
    setParams({ missing: keys.join(','), for: statusId }, { replace: true });
  const clearMissing = () => setParams({}, { replace: true });

  const moveToMissingStatus = () => {
    if (!missingFor) return;
    save({ statusId: missingFor.id }, ['statusId'], {
      onSaved: () => {
        notifySuccess(t('board.cardPage.moved', { status: missingFor.name }));
        clearMissing();
      },
      onMissingFields: (keys) => showMissing(keys, missingFor.id),
    });
  };

  const moveToTrash = () =>
    trash.mutate(card, {
      onSuccess: () => notifySuccess(t('board.cardPage.deleted', { title: card.title })),
      onError: notifyBoardError,
      onSettled: () => setConfirmingDelete(false),
    });

  const restoreCard = () =>
    restore.mutate(card.id, {
      onSuccess: () => notifySuccess(t('board.cardPage.restored', { title: card.title })),
      onError: (error) => notifyBoardError(error),
    });

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/modules/${card.moduleId}`} size="sm" data-testid="card-back">
          {module.data.name}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={360}>
          {card.title}
        </Text>
      </Breadcrumbs>

      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <Group gap="sm" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
          <CardTitleEditor card={card} disabled={trashed} />
          {card.stale && (
            <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
              {t('board.card.idle')}
            </Badge>
          )}
        </Group>
        {!trashed && (
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} color="var(--mantine-color-red-6)" />}
            onClick={() => setConfirmingDelete(true)}
            data-testid="card-delete"
          >
            {t('board.cardPage.delete')}
          </Button>
        )}
      </Group>

      {trashed && (
        <Alert
          variant="light"
          color="red"
          radius="lg"
          icon={<IconTrash />}
          title={t('board.cardPage.trashed')}
          data-testid="card-trashed"
        >
          <Group justify="space-between" gap="md">
            <Text size="sm">
              {t('board.cardPage.trashedText', {
                date: names.format.dateTime(card.deletedAt ?? ''),
              })}
            </Text>
            <Button
              size="xs"
              leftSection={<IconArrowBackUp size={14} />}
              loading={restore.isPending}
              onClick={restoreCard}
              data-testid="card-restore"
            >
              {t('common.restore')}
            </Button>
          </Group>
        </Alert>
      )}

      {missing && missingFor && !trashed && (
        <MissingFieldsAlert
          statusName={missingFor.name}
          stillMissing={stillMissing.map((field) => field.label)}
          moving={saving}
          onMove={moveToMissingStatus}
          onDismiss={clearMissing}
        />
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <CardFieldSections
              card={card}
              fields={activeFields}
              statuses={statuses}
              missing={missing}
              disabled={trashed}
              users={users}
              attachments={attachments.data ?? []}
              onUpload={(file) => upload.mutateAsync(file)}
              defaultCurrency={company?.currency ?? 'RON'}
              timeZone={names.format.timeZone}
            />
            <CardActivity card={card} fields={activeFields} names={names} disabled={trashed} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <CardFacts
              card={card}
              statuses={statuses}
              users={users}
              disabled={trashed}
              onMissingFields={showMissing}
            />
            <CardAttachments
              card={card}
              attachments={attachments.data ?? []}
              names={names}
              disabled={trashed}
            />
            {attachments.isError && (
              <Text size="sm" c="red">
                {boardErrorMessage(attachments.error)}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      <ConfirmModal
        opened={confirmingDelete}
        title={t('board.cardPage.deleteTitle', { title: card.title })}
        text={t('board.cardPage.deleteText')}
        confirmLabel={t('board.cardPage.deleteConfirm')}
        loading={trash.isPending}
        onConfirm={moveToTrash}
        onClose={() => setConfirmingDelete(false)}
        confirmTestId="card-delete-confirm"
      />
    </Stack>
  );
}
