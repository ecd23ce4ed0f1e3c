// Any unknown address inside the app.
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center py={100}>
      <Stack align="center" gap="sm" ta="center">
        <Text fz={64} fw={800} c="gray.3" lh={1}>
          404
        </Text>
        <Title order={2}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.text')}</Text>
        <Button component={Link} to="/start" mt="sm">
          {t('notFound.back')}
        </Button>
      </Stack>
    </Center>
  );
}
