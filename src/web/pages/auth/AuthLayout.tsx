// The frame of sign-up and sign-in: a brand panel beside the form, the language at hand.
import type { ReactNode } from 'react';
import { Box, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';

type AuthLayoutProps = { title: string; subtitle: string; children: ReactNode; width?: number };

export function AuthLayout({ title, subtitle, children, width = 460 }: AuthLayoutProps) {
  const { t } = useTranslation();
  const highlights = [
    t('templates.sales.name'),
    t('templates.projects.name'),
    t('templates.helpdesk.name'),
    t('templates.invoicing.name'),
  ];
  return (
    <Box style={{ display: 'flex', minHeight: '100vh' }} bg="gray.0">
      <Box
        visibleFrom="md"
        w={420}
        p={48}
        c="white"
        style={{
          flexShrink: 0,
          background:
            'linear-gradient(160deg, var(--mantine-color-indigo-7), var(--mantine-color-indigo-9))',
        }}
      >
        <Stack justify="space-between" h="100%">
          <Group gap="sm">
            <ThemeIcon size={40} radius="md" color="white" c="indigo.7" variant="filled">
              <Text fw={800} size="xl">
                C
              </Text>
            </ThemeIcon>
            <Text fw={700} size="xl">
              {t('app.name')}
            </Text>
          </Group>
          <Stack gap="lg">
            <Title order={2} c="white" fw={650} lh={1.25}>
              {t('app.tagline')}
            </Title>
            <List
              spacing="sm"
              icon={
                <ThemeIcon size={22} radius="xl" color="white" c="indigo.7">
                  <IconCheck size={14} stroke={3} />
                </ThemeIcon>
              }
            >
              {highlights.map((highlight) => (
                <List.Item key={highlight}>
                  <Text c="indigo.0">{highlight}</Text>
                </List.Item>
              ))}
            </List>
          </Stack>
          <Text size="sm" c="indigo.2">
            © Carta · AGPL-3.0
          </Text>
        </Stack>
      </Box>
      <Stack style={{ flex: 1 }} px="md" py="xl" align="center" justify="center">
        <Group w="100%" maw={width} justify="flex-end">
          <LanguageSwitch />
        </Group>
        <Paper w="100%" maw={width} p={{ base: 'lg', sm: 36 }} radius="lg" withBorder shadow="sm">
          <Stack gap={4} mb="xl">
            <Title order={2}>{title}</Title>
            <Text c="dimmed">{subtitle}</Text>
          </Stack>
          {children}
        </Paper>
      </Stack>
    </Box>
  );
}
