// One module template as a tickable card on the sign-up form.
import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TemplateIcon } from '../../components/TemplateIcon';
import type { ModuleTemplateKey } from '../../api/types';

type ModuleChoiceCardProps = { template: ModuleTemplateKey };

/** Must sit inside a Checkbox.Group; the group holds which templates are ticked. */
export function ModuleChoiceCard({ template }: ModuleChoiceCardProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Card value={template} radius="md" p="sm" data-testid={`signup-module-${template}`}>
      <Group wrap="nowrap" align="center" gap="md">
        <TemplateIcon template={template} size={36} />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} size="sm">
            {t(`templates.${template}.name`)}
          </Text>
          <Text size="xs" c="dimmed" lh={1.4}>
            {t(`templates.${template}.description`)}
          </Text>
        </Stack>
        <Checkbox.Indicator />
      </Group>
    </Checkbox.Card>
  );
}
