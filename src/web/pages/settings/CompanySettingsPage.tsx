// Company settings (/settings/company): every company field in sections, only changes saved.
import { useState, type FormEvent } from 'react';
import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCompanySettings, useUpdateCompanySettings } from '../../api/company.queries';
import type { CompanyFields, CompanySettings } from '../../api/types';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { SettingsSection } from '../../components/SettingsSection';
import { notifySuccess, showApiError, type FieldErrors } from '../../notices';
import { COMPANY_FIELD_NAMES, COMPANY_FORM } from './company-form';
import { CompanyFieldInput } from './CompanyFieldInput';
import { CompanyLogoSection } from './CompanyLogoSection';
import { SaveBar } from './SaveBar';

type Edits = Partial<CompanyFields>;

/** The edited fields whose value differs from what the server holds. */
function changedFields(saved: CompanySettings, edits: Edits): Edits {
  return Object.fromEntries(
    Object.entries(edits).filter(([name, value]) => saved[name as keyof CompanyFields] !== value),
  ) as Edits;
}

export function CompanySettingsPage() {
  const { t } = useTranslation();
  const settings = useCompanySettings();
  const update = useUpdateCompanySettings();
  const [edits, setEdits] = useState<Edits>({});
  const [errors, setErrors] = useState<FieldErrors>({});

  if (settings.isPending) return <PageLoader />;
  if (settings.isError) {
    return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  const saved = settings.data;
  const changes = changedFields(saved, edits);
  const changeCount = Object.keys(changes).length;

  const edit = (name: keyof CompanyFields, value: CompanyFields[keyof CompanyFields]) => {
    setEdits((current) => ({ ...current, [name]: value }) as Edits);
    setErrors(({ [name]: _cleared, ...others }) => others);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (changeCount === 0) return;
    update.mutate(changes, {
      onSuccess: () => {
        setEdits({});
        setErrors({});
        notifySuccess(t('company.saveBar.saved'));
      },
      onError: (error) => setErrors(showApiError(error, COMPANY_FIELD_NAMES)),
    });
  };

  return (
    <>
      <PageHeader title={t('company.title')} description={t('company.subtitle')} />
      <form onSubmit={save} noValidate>
        <Stack gap="lg">
          <CompanyLogoSection logoUrl={saved.logoUrl} />
          {COMPANY_FORM.map(({ section, fields }) => (
            <SettingsSection
              key={section}
              title={t(`company.sections.${section}.title`)}
              description={t(`company.sections.${section}.description`)}
              testId={`settings-section-${section}`}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
                {fields.map((spec) => (
                  <div key={spec.name} style={{ gridColumn: spec.wide ? '1 / -1' : undefined }}>
                    <CompanyFieldInput
                      spec={spec}
                      value={edits[spec.name] ?? saved[spec.name]}
                      error={errors[spec.name]}
                      onChange={(value) => edit(spec.name, value)}
                    />
                  </div>
                ))}
              </SimpleGrid>
            </SettingsSection>
          ))}
          <SaveBar
            changeCount={changeCount}
            saving={update.isPending}
            onDiscard={() => {
              setEdits({});
              setErrors({});
            }}
          />
        </Stack>
      </form>
    </>
  );
}
