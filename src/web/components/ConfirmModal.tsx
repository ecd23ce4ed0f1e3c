// A modal asking to confirm an action that hides or deletes something.
import type { ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ConfirmModalProps = {
  opened: boolean;
  title: ReactNode;
  text: ReactNode;
  confirmLabel: string;
  color?: string;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  confirmTestId?: string;
};

export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered>
      <Text size="sm" mb="lg">
        {props.text}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color={props.color ?? 'red'}
          loading={props.loading}
          onClick={props.onConfirm}
          data-testid={props.confirmTestId}
        >
          {props.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
