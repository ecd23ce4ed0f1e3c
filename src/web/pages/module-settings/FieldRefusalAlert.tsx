// A refused field change, in the form: what was refused and why, with the server's exact reason.
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FieldRefusal } from './field-form-errors';

export function FieldRefusalAlert({ refusal }: { refusal: FieldRefusal }) {
  return (
    <Alert
      color="red"
      variant="light"
      radius="md"
      icon={<IconAlertTriangle />}
      title={refusal.title}
      data-testid="field-refusal"
    >
      <Text size="sm">{refusal.message}</Text>
      <Text size="xs" c="dimmed" mt={4}>
        {refusal.detail}
      </Text>
    </Alert>
  );
}
