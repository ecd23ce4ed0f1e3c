// What a page shows when its data could not be loaded: the reason and a retry.
import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../notices';

type LoadErrorProps = { error: unknown; onRetry?: () => void; fullPage?: boolean };

export function LoadError({ error, onRetry, fullPage = false }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? '100vh' : undefined} py={fullPage ? 0 : 80}>
      <Stack align="center" gap="sm" maw={420} ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" color="red">
          <IconAlertTriangle size={26} />
        </ThemeIcon>
        <Title order={3}>{t('errors.loadFailed')}</Title>
        <Text c="dimmed">{errorMessage(error)}</Text>
        {onRetry && (
          <Button variant="light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
