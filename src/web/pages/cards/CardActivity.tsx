// The card's activity: a box to comment, and the timeline of every change and comment (who,
// what from → to, when), newest first.
import { useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowBackUp, IconMessage, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAddComment, useCardHistory } from '../../api/card-history.queries';
import type { Card, HistoryEntry } from '../../api/cards.types';
import type { Field } from '../../api/types';
import { notifyBoardError } from '../../board-notices';
import { LoadError } from '../../components/LoadError';
import type { ValueNames } from '../../format/field-values';
import { historyLines } from './history-lines';

const KIND_LOOK = {
  created: { icon: IconPlus, color: 'teal' },
  updated: { icon: IconPencil, color: 'indigo' },
  comment: { icon: IconMessage, color: 'grape' },
  deleted: { icon: IconTrash, color: 'red' },
  restored: { icon: IconArrowBackUp, color: 'teal' },
} as const;

type CardActivityProps = { card: Card; fields: Field[]; names: ValueNames; disabled: boolean };

export function CardActivity({ card, fields, names, disabled }: CardActivityProps) {
  const { t } = useTranslation();
  const history = useCardHistory(card.id);
  const addComment = useAddComment(card.id);
  const [comment, setComment] = useState('');

  const send = () => {
    const body = comment.trim();
    if (!body) return;
    addComment.mutate(body, { onSuccess: () => setComment(''), onError: notifyBoardError });
  };

  const bullet = (entry: HistoryEntry) => {
    const look = KIND_LOOK[entry.kind];
    const Icon = look.icon;
    return (
      <ThemeIcon size={26} radius="xl" variant="light" color={look.color}>
        <Icon size={14} />
      </ThemeIcon>
    );
  };

  const entries = history.data?.entries ?? [];
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={4} mb="md">
        {t('board.activity.title')}
      </Title>
      {!disabled && (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            send();
          }}
        >
          <Textarea
            aria-label={t('board.activity.commentLabel')}
            placeholder={t('board.activity.commentPlaceholder')}
            autosize
            minRows={2}
            maxRows={8}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) send();
            }}
            data-testid="card-comment-input"
          />
          <Group justify="flex-end" mt="xs">
            <Button
              type="submit"
              size="sm"
              disabled={!comment.trim()}
              loading={addComment.isPending}
              data-testid="card-comment-submit"
            >
              {t('board.activity.send')}
            </Button>
          </Group>
        </form>
      )}
      <Box mt="lg">
        {history.isPending && (
          <Center py="lg">
            <Loader size="sm" />
          </Center>
        )}
        {history.isError && (
          <LoadError error={history.error} onRetry={() => void history.refetch()} />
        )}
        {history.isSuccess && entries.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md">
            {t('board.activity.empty')}
          </Text>
        )}
        <Timeline bulletSize={26} lineWidth={2}>
          {entries.map((entry) => (
            <Timeline.Item key={entry.id} bullet={bullet(entry)} data-testid="history-entry">
              <Stack gap={4}>
                {historyLines(entry, { t, card, fields, names }).map((line, index) => (
                  <Text key={index} size="sm" lh={1.45}>
                    <Text span fw={600} inherit>
                      {entry.userName ?? t('board.activity.someone')}
                    </Text>{' '}
                    {line}
                  </Text>
                ))}
                {entry.kind === 'comment' && entry.body && (
                  <Paper bg="gray.0" radius="md" px="sm" py={8}>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                      {entry.body}
                    </Text>
                  </Paper>
                )}
                <Text size="xs" c="dimmed">
                  {names.format.dateTime(entry.at)}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
        {history.hasNextPage && (
          <Center mt="md">
            <Button
              variant="subtle"
              size="xs"
              loading={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
            >
              {t('board.activity.older')}
            </Button>
          </Center>
        )}
      </Box>
    </Paper>
  );
}
