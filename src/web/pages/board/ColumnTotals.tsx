// The money of a column: its total in the workspace currency, the total weighted by the status's
// win probability, and totals in other currencies (never converted).
import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardColumnView } from '../../api/board-cache';
import { useFormatters } from '../../format/useFormatters';

type ColumnTotalsProps = { column: BoardColumnView; sumFieldLabel: string };

export function ColumnTotals({ column, sumFieldLabel }: ColumnTotalsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!column.sum) return null;
  const others = column.otherSums.map((sum) => format.money(sum)).join(', ');
  return (
    <Stack gap={0} mt={4} data-testid="board-column-sum">
      <Tooltip
        label={t('board.column.sumHint', { field: sumFieldLabel, currency: column.sum.currency })}
        withArrow
      >
        <Text size="sm" fw={600} style={{ alignSelf: 'flex-start' }}>
          {format.money(column.sum)}
        </Text>
      </Tooltip>
      <Group gap={6} wrap="nowrap">
        {column.weightedSum && (
          <Tooltip
            label={t('board.column.weightedHint', { probability: column.status.probability })}
            withArrow
          >
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('board.column.weighted', { amount: format.money(column.weightedSum) })}
            </Text>
          </Tooltip>
        )}
        {others && (
          <Tooltip
            label={t('board.column.otherSums', { amounts: others })}
            withArrow
            multiline
            w={240}
          >
            <Text size="xs" c="dimmed" truncate>
              + {others}
            </Text>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}
