// After a refused move: which fields the target status needs, and, once they are filled, the
// move itself.
import { Alert, Button, CloseButton, Group, Text } from '@mantine/core';
import { IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type MissingFieldsAlertProps = {
  statusName: string;
  /** Labels of the fields still empty. */
  stillMissing: string[];
  moving: boolean;
  onMove: () => void;
  onDismiss: () => void;
};

export function MissingFieldsAlert(props: MissingFieldsAlertProps) {
  const { t } = useTranslation();
  const ready = props.stillMissing.length === 0;
  const fields = props.stillMissing.map((label) => `“${label}”`).join(', ');
  return (
    <Alert
      variant="light"
      color={ready ? 'teal' : 'orange'}
      radius="lg"
      icon={<IconInfoCircle />}
      data-testid="card-missing-alert"
    >
      <Group justify="space-between" wrap="nowrap" align="center" gap="md">
        <Text size="sm">
          <Text span fw={600} inherit>
            {t('board.cardPage.missingTitle', { status: props.statusName })}
          </Text>{' '}
          {ready ? t('board.cardPage.missingDone') : t('board.cardPage.missingText', { fields })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            disabled={!ready}
            loading={props.moving}
            rightSection={<IconArrowRight size={14} />}
            onClick={props.onMove}
            data-testid="card-missing-move"
          >
            {t('board.cardPage.moveNow', { status: props.statusName })}
          </Button>
          <CloseButton onClick={props.onDismiss} aria-label={t('common.close')} />
        </Group>
      </Group>
    </Alert>
  );
}
