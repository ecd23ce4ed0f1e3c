// The notification of a move the server refused because fields are empty: which ones, and a
// button to open the card and fill them.
import { Button, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type MoveRefusalProps = { fieldLabels: string[]; onOpenCard: () => void };

export function MoveRefusal({ fieldLabels, onOpenCard }: MoveRefusalProps) {
  const { t } = useTranslation();
  const fields = fieldLabels.map((label) => `“${label}”`).join(', ');
  return (
    <Stack gap="xs" align="flex-start" data-testid="move-refusal">
      <Text size="sm">{t('board.move.requiredFields', { fields, count: fieldLabels.length })}</Text>
      <Button
        size="xs"
        variant="light"
        rightSection={<IconArrowRight size={14} />}
        onClick={onOpenCard}
        data-testid="move-refusal-open"
      >
        {t('board.move.openCard')}
      </Button>
    </Stack>
  );
}
