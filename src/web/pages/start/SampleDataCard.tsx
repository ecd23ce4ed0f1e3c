// Removing every sample card and contact in one action, confirmed first, with the counts after.
import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRemoveSampleData } from '../../api/checklist.queries';
import { notifyError } from '../../notices';

export function SampleDataCard() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const removal = useRemoveSampleData();

  const close = () => {
    setOpened(false);
    removal.reset();
  };
  const remove = () => removal.mutate(undefined, { onError: notifyError });

  return (
    <Paper withBorder radius="lg" p="lg">
      <Group justify="space-between" wrap="wrap" gap="md">
        <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
          <Text fw={600}>{t('start.sampleData.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('start.sampleData.description')}
          </Text>
        </Stack>
        <Button
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => setOpened(true)}
          data-testid="sample-data-remove"
        >
          {t('start.sampleData.button')}
        </Button>
      </Group>

      <Modal
        opened={opened}
        onClose={close}
        centered
        title={
          removal.isSuccess
            ? t('start.sampleData.removedTitle')
            : t('start.sampleData.confirmTitle')
        }
      >
        {removal.isSuccess ? (
          <Stack gap="lg">
            <Group wrap="nowrap" gap="md">
              <ThemeIcon color="teal" radius="xl" size={36}>
                <IconCheck size={20} />
              </ThemeIcon>
              <Text size="sm" data-testid="sample-data-result">
                {t('start.sampleData.removed', {
                  cards: t('counts.cards', { count: removal.data.removedCards }),
                  contacts: t('counts.contacts', { count: removal.data.removedContacts }),
                })}
              </Text>
            </Group>
            <Group justify="flex-end">
              <Button onClick={close}>{t('common.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="lg">
            <Text size="sm">{t('start.sampleData.confirmText')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                loading={removal.isPending}
                onClick={remove}
                data-testid="sample-data-confirm"
              >
                {t('start.sampleData.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
