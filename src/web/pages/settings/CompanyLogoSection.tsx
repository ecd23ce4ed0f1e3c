// The company logo: a preview, a dropzone for PNG/JPEG/SVG up to 2 MB, and removal.
import { useState } from 'react';
import { Box, Button, Center, Group, Image, Stack, Text } from '@mantine/core';
import { Dropzone, MIME_TYPES } from '@mantine/dropzone';
import { IconPhoto, IconPhotoUp, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRemoveLogo, useUploadLogo } from '../../api/company.queries';
import { SettingsSection } from '../../components/SettingsSection';
import { notifyError, notifySuccess, showApiError } from '../../notices';

const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const LOGO_TYPES = [MIME_TYPES.png, MIME_TYPES.jpeg, MIME_TYPES.svg];

type CompanyLogoSectionProps = { logoUrl: string | null };

export function CompanyLogoSection({ logoUrl }: CompanyLogoSectionProps) {
  const { t } = useTranslation();
  const upload = useUploadLogo();
  const removal = useRemoveLogo();
  const [problem, setProblem] = useState<string | null>(null);

  const uploadFile = (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    upload.mutate(file, {
      onSuccess: () => notifySuccess(t('company.logo.uploaded')),
      onError: (error) => setProblem(showApiError(error, ['logo']).logo ?? null),
    });
  };
  const removeLogo = () =>
    removal.mutate(undefined, {
      onSuccess: () => notifySuccess(t('company.logo.removed')),
      onError: notifyError,
    });

  return (
    <SettingsSection
      title={t('company.sections.logo.title')}
      description={t('company.sections.logo.description')}
    >
      <Group align="stretch" gap="lg" wrap="wrap">
        <Stack gap="xs" w={180}>
          <Center
            h={120}
            bg="gray.0"
            style={{
              borderRadius: 'var(--mantine-radius-md)',
              border: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            {logoUrl ? (
              <Image
                src={logoUrl}
                alt={t('company.logo.alt')}
                mah={96}
                maw={150}
                fit="contain"
                data-testid="settings-logo-preview"
              />
            ) : (
              <Stack align="center" gap={4}>
                <IconPhoto size={28} color="var(--mantine-color-gray-5)" />
                <Text size="xs" c="dimmed">
                  {t('company.logo.none')}
                </Text>
              </Stack>
            )}
          </Center>
          {logoUrl && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} />}
              loading={removal.isPending}
              onClick={removeLogo}
              data-testid="settings-logo-remove"
            >
              {t('company.logo.remove')}
            </Button>
          )}
        </Stack>
        <Box style={{ flex: 1, minWidth: 240 }}>
          <Dropzone
            onDrop={(files) => uploadFile(files[0])}
            onReject={() => setProblem(t('company.logo.reject'))}
            accept={LOGO_TYPES}
            maxSize={MAX_LOGO_BYTES}
            multiple={false}
            loading={upload.isPending}
            radius="md"
            data-testid="settings-logo-dropzone"
          >
            <Group
              justify="center"
              gap="md"
              mih={88}
              wrap="nowrap"
              style={{ pointerEvents: 'none' }}
            >
              <Dropzone.Accept>
                <IconUpload size={36} color="var(--mantine-color-indigo-6)" stroke={1.5} />
              </Dropzone.Accept>
              <Dropzone.Reject>
                <IconX size={36} color="var(--mantine-color-red-6)" stroke={1.5} />
              </Dropzone.Reject>
              <Dropzone.Idle>
                <IconPhotoUp size={36} color="var(--mantine-color-dimmed)" stroke={1.5} />
              </Dropzone.Idle>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('company.logo.drop')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('company.logo.hint')}
                </Text>
              </Stack>
            </Group>
          </Dropzone>
          {problem && (
            <Text size="sm" c="red" mt="xs" data-testid="settings-logo-error">
              {problem}
            </Text>
          )}
        </Box>
      </Group>
    </SettingsSection>
  );
}
