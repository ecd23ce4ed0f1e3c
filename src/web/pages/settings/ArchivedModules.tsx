// The archived modules, each with a way back.
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../api/types';
import { TemplateIcon } from '../../components/TemplateIcon';
import { ModuleFacts } from '../../components/ModuleFacts';

type ArchivedModulesProps = {
  modules: Module[];
  restoringId: string | null;
  onRestore: (module: Module) => void;
};

export function ArchivedModules({ modules, restoringId, onRestore }: ArchivedModulesProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Text fw={600}>{t('modules.archived')}</Text>
        <Text size="sm" c="dimmed">
          {t('modules.archivedHint')}
        </Text>
      </Stack>
      <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
        {modules.length === 0 ? (
          <Text size="sm" c="dimmed" p="lg">
            {t('modules.noArchived')}
          </Text>
        ) : (
          modules.map((module, index) => (
            <Group
              key={module.id}
              wrap="nowrap"
              gap="md"
              px="lg"
              py="sm"
              style={{
                borderTop: index === 0 ? undefined : '1px solid var(--mantine-color-gray-2)',
              }}
              data-testid="archived-module-row"
              data-module-name={module.name}
            >
              <div style={{ opacity: 0.55 }}>
                <TemplateIcon template={module.template} size={32} />
              </div>
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text fw={500} c="dimmed" truncate>
                  {module.name}
                </Text>
                <ModuleFacts module={module} />
              </Stack>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconArrowBackUp size={14} />}
                loading={restoringId === module.id}
                onClick={() => onRestore(module)}
                data-testid="module-restore"
              >
                {t('common.restore')}
              </Button>
            </Group>
          ))
        )}
      </Paper>
    </Stack>
  );
}
