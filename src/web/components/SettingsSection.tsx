// A section of a settings form: title and explanation on the left, its inputs on the right.
import type { ReactNode } from 'react';
import { Grid, Paper, Stack, Text } from '@mantine/core';

type SettingsSectionProps = {
  title: string;
  description: string;
  children: ReactNode;
  testId?: string;
};

export function SettingsSection({ title, description, children, testId }: SettingsSectionProps) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} data-testid={testId}>
      <Grid gap={{ base: 'md', md: 'xl' }}>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap={4}>
            <Text fw={600}>{title}</Text>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>{children}</Grid.Col>
      </Grid>
    </Paper>
  );
}
