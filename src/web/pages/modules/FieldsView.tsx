// A module's custom fields, read-only, grouped by section in the order they come.
import { Badge, Code, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModuleField } from '../../api/types';

function bySection(fields: ModuleField[]): [string, ModuleField[]][] {
  const sections = new Map<string, ModuleField[]>();
  for (const field of fields) {
    sections.set(field.section, [...(sections.get(field.section) ?? []), field]);
  }
  return [...sections];
}

export function FieldsView({ fields }: { fields: ModuleField[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="xl">
        {t('module.noFields')}
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      {bySection(fields).map(([section, sectionFields]) => (
        <Stack key={section} gap="xs" data-testid="field-section">
          <Text fw={600}>{section}</Text>
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm" horizontalSpacing="lg" layout="fixed">
                <Table.Thead bg="gray.0">
                  <Table.Tr>
                    <Table.Th w="42%">{t('module.columns.label')}</Table.Th>
                    <Table.Th w="22%">{t('module.columns.key')}</Table.Th>
                    <Table.Th w="20%">{t('module.columns.type')}</Table.Th>
                    <Table.Th w="16%">{t('module.columns.required')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sectionFields.map((field) => (
                    <Table.Tr key={field.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {field.label}
                        </Text>
                        {field.helpText && (
                          <Text size="xs" c="dimmed">
                            {field.helpText}
                          </Text>
                        )}
                        {field.options && field.options.length > 0 && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {t('module.options', {
                              list: field.options.map((option) => option.label).join(', '),
                            })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Code>{field.key}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color="gray" tt="none" fw={500}>
                          {t(`fieldTypes.${field.type}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={field.required ? undefined : 'dimmed'}>
                          {field.required ? t('module.required') : t('module.optional')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      ))}
    </Stack>
  );
}
