// Adding a module: pick a template, name it (prefilled from the template), sample data or not.
import { useState, type FormEvent } from 'react';
import {
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreateModule, useModuleTemplates } from '../../api/modules.queries';
import type { ModuleTemplateKey, ModuleTemplateSummary } from '../../api/types';
import { LoadError } from '../../components/LoadError';
import { TemplateIcon } from '../../components/TemplateIcon';
import { notifySuccess, showApiError, type FieldErrors } from '../../notices';

type AddModuleModalProps = { opened: boolean; onClose: () => void };

export function AddModuleModal({ opened, onClose }: AddModuleModalProps) {
  const { t } = useTranslation();
  const templates = useModuleTemplates();
  const create = useCreateModule();
  const [template, setTemplate] = useState<ModuleTemplateKey | null>(null);
  const [name, setName] = useState('');
  const [nameEdited, setNameEdited] = useState(false);
  const [sampleData, setSampleData] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const close = () => {
    setTemplate(null);
    setName('');
    setNameEdited(false);
    setSampleData(false);
    setErrors({});
    onClose();
  };

  const pick = (chosen: ModuleTemplateSummary) => {
    setTemplate(chosen.key);
    if (!nameEdited || !name.trim()) setName(chosen.name);
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    if (!name.trim()) return setErrors({ name: t('validation.required') });
    create.mutate(
      { name: name.trim(), template, sampleData },
      {
        onSuccess: (module) => {
          notifySuccess(t('modules.addModal.created', { name: module.name }));
          close();
        },
        onError: (error) => setErrors(showApiError(error, ['name', 'template', 'sampleData'])),
      },
    );
  };

  const choices = templates.data ?? [];
  return (
    <Modal opened={opened} onClose={close} title={t('modules.addModal.title')} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Radio.Group
            value={template}
            label={t('modules.addModal.template')}
            error={errors.template}
            onChange={(value) => {
              const chosen = choices.find((choice) => choice.key === value);
              if (chosen) pick(chosen);
            }}
          >
            {templates.isPending && (
              <Center py="xl">
                <Loader size="sm" />
              </Center>
            )}
            {templates.isError && (
              <LoadError error={templates.error} onRetry={() => void templates.refetch()} />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" mt="xs">
              {choices.map((choice) => (
                <Radio.Card
                  key={choice.key}
                  value={choice.key}
                  radius="md"
                  p="md"
                  data-testid={`module-template-${choice.key}`}
                >
                  <Stack gap="xs" h="100%">
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <TemplateIcon template={choice.key} size={36} />
                      <Radio.Indicator />
                    </Group>
                    <Text fw={600}>{choice.name}</Text>
                    <Text size="xs" c="dimmed" lh={1.45} style={{ flex: 1 }}>
                      {choice.description}
                    </Text>
                    <Text size="xs" c="dimmed" fw={500}>
                      {[
                        t('counts.statuses', { count: choice.statusCount }),
                        t('counts.fields', { count: choice.fieldCount }),
                        t('counts.taskTypes', { count: choice.taskTypeCount }),
                      ].join(' · ')}
                    </Text>
                  </Stack>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>

          <TextInput
            label={t('modules.addModal.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setNameEdited(true);
              setErrors({});
            }}
            error={errors.name}
            disabled={!template}
            data-testid="module-name-input"
          />
          <Switch
            checked={sampleData}
            onChange={(event) => setSampleData(event.currentTarget.checked)}
            label={t('modules.addModal.sampleData')}
            description={t('modules.addModal.sampleDataHint')}
            disabled={!template}
            data-testid="module-sample-data"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              disabled={!template}
              loading={create.isPending}
              data-testid="module-create-submit"
            >
              {t('modules.addModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
