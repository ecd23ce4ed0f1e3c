// The bar under a settings form: how many changes wait, discard them or save them.
import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type SaveBarProps = { changeCount: number; saving: boolean; onDiscard: () => void };

/** Lives inside the form: its Save button submits it. */
export function SaveBar({ changeCount, saving, onDiscard }: SaveBarProps) {
  const { t } = useTranslation();
  const dirty = changeCount > 0;
  return (
    <Paper
      withBorder
      radius="lg"
      shadow={dirty ? 'md' : 'xs'}
      px="lg"
      py="sm"
      pos="sticky"
      bottom={16}
      style={{ zIndex: 5 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c={dirty ? undefined : 'dimmed'} fw={dirty ? 500 : undefined}>
          {dirty
            ? t('company.saveBar.unsaved', { count: changeCount })
            : t('company.saveBar.clean')}
        </Text>
        <Group gap="sm" wrap="nowrap">
          {dirty && (
            <Button variant="default" onClick={onDiscard} disabled={saving}>
              {t('company.saveBar.discard')}
            </Button>
          )}
          <Button type="submit" disabled={!dirty} loading={saving} data-testid="settings-save">
            {t('company.saveBar.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
