// Removing a status: a plain confirmation when it is empty; when it holds cards, the admin first
// picks the status they move to (the server moves them and removes the status in one step).
import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDeleteStatus } from '../../api/pipeline.queries';
import type { Status } from '../../api/types';
import { notifySuccess } from '../../notices';
import { isRefusal, settingsErrorMessage } from './settings-errors';

type DeleteStatusModalProps = {
  moduleId: string;
  status: Status;
  statuses: Status[];
  onClose: () => void;
};

export function DeleteStatusModal({ moduleId, status, statuses, onClose }: DeleteStatusModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteStatus(moduleId);
  // The live count leaves out trashed cards, which must move too: the server has the last word.
  const [serverFoundCards, setServerFoundCards] = useState(false);
  const needsMove = status.cardCount > 0 || serverFoundCards;
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const others = statuses.filter((each) => each.id !== status.id);

  const confirm = () => {
    if (needsMove && !moveTo) return setProblem(t('moduleSettings.deleteStatus.chooseTarget'));
    remove.mutate(
      { id: status.id, moveTo: needsMove ? (moveTo ?? undefined) : undefined },
      {
        onSuccess: () => {
          const target = others.find((each) => each.id === moveTo);
          notifySuccess(
            target && needsMove
              ? t('moduleSettings.deleteStatus.removedMoved', {
                  name: status.name,
                  target: target.name,
                })
              : t('moduleSettings.deleteStatus.removed', { name: status.name }),
          );
          onClose();
        },
        onError: (error) => {
          if (isRefusal(error, 'status_has_cards')) setServerFoundCards(true);
          setProblem(settingsErrorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('moduleSettings.deleteStatus.title', { name: status.name })}
      centered
      data-testid="status-delete-modal"
    >
      <Stack gap="md">
        {needsMove ? (
          <>
            <Text size="sm">
              {status.cardCount > 0
                ? t('moduleSettings.deleteStatus.holdsCards', {
                    name: status.name,
                    cards: t('counts.cards', { count: status.cardCount }),
                  })
                : t('moduleSettings.deleteStatus.holdsTrashedCards', { name: status.name })}
            </Text>
            <Select
              label={t('moduleSettings.deleteStatus.moveTo')}
              placeholder={t('moduleSettings.deleteStatus.moveToPlaceholder')}
              data={others.map((each) => ({
                value: each.id,
                label: `${each.name} · ${t(`moduleSettings.groups.${each.group}`)}`,
              }))}
              value={moveTo}
              onChange={(value) => {
                setMoveTo(value);
                setProblem(null);
              }}
              leftSection={<IconArrowsExchange size={16} />}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
              data-testid="status-move-to-select"
            />
          </>
        ) : (
          <Text size="sm">{t('moduleSettings.deleteStatus.empty', { name: status.name })}</Text>
        )}
        {problem && (
          <Alert color="red" variant="light" data-testid="status-delete-problem">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={confirm}
            disabled={needsMove && !moveTo}
            data-testid="status-delete-confirm"
          >
            {needsMove
              ? t('moduleSettings.deleteStatus.moveAndRemove')
              : t('moduleSettings.deleteStatus.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
