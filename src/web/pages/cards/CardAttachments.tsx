// The card's files: a dropzone to attach (up to 10 MB each), and each file with its size, who
// added it and when, a download link and removal.
import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFile, IconPaperclip, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  attachmentPath,
  useRemoveAttachment,
  useUploadAttachment,
} from '../../api/attachments.queries';
import type { Attachment, Card } from '../../api/cards.types';
import { apiUrl } from '../../api/client';
import { boardErrorMessage, notifyBoardError } from '../../board-notices';
import { ConfirmModal } from '../../components/ConfirmModal';
import type { ValueNames } from '../../format/field-values';
import { notifySuccess } from '../../notices';

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

type CardAttachmentsProps = {
  card: Card;
  attachments: Attachment[];
  names: ValueNames;
  disabled: boolean;
};

export function CardAttachments({ card, attachments, names, disabled }: CardAttachmentsProps) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(card.id);
  const removal = useRemoveAttachment(card.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);

  const uploadFiles = async (files: File[]) => {
    setProblem(null);
    for (const file of files) {
      try {
        const attached = await upload.mutateAsync(file);
        notifySuccess(t('board.attachments.uploaded', { name: attached.fileName }));
      } catch (error) {
        setProblem(boardErrorMessage(error));
      }
    }
  };

  const remove = () => {
    if (!removing) return;
    removal.mutate(removing.id, {
      onSuccess: () => notifySuccess(t('board.attachments.removed', { name: removing.fileName })),
      onError: notifyBoardError,
      onSettled: () => setRemoving(null),
    });
  };

  return (
    <Paper withBorder radius="lg" p="lg">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('board.attachments.title')}</Title>
        {attachments.length > 0 && (
          <Badge variant="light" color="gray">
            {attachments.length}
          </Badge>
        )}
      </Group>
      {!disabled && (
        <Dropzone
          onDrop={(files) => void uploadFiles(files)}
          onReject={() => setProblem(t('board.attachments.reject'))}
          maxSize={MAX_ATTACHMENT_BYTES}
          loading={upload.isPending}
          radius="md"
          p="md"
          data-testid="card-attachments-dropzone"
        >
          <Group justify="center" gap="sm" wrap="nowrap" style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={28} color="var(--mantine-color-indigo-6)" stroke={1.5} />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={28} color="var(--mantine-color-red-6)" stroke={1.5} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconPaperclip size={28} color="var(--mantine-color-dimmed)" stroke={1.5} />
            </Dropzone.Idle>
            <Stack gap={0}>
              <Text size="sm" fw={500}>
                {t('board.attachments.drop')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('board.attachments.hint')}
              </Text>
            </Stack>
          </Group>
        </Dropzone>
      )}
      {problem && (
        <Text size="sm" c="red" mt="xs" data-testid="card-attachments-error">
          {problem}
        </Text>
      )}
      <Stack gap="sm" mt="md">
        {attachments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('board.attachments.empty')}
          </Text>
        )}
        {attachments.map((attachment) => (
          <Group key={attachment.id} gap="sm" wrap="nowrap" data-testid="attachment">
            <ThemeIcon variant="light" color="gray" size={34} radius="md">
              <IconFile size={18} />
            </ThemeIcon>
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Anchor
                href={apiUrl(attachmentPath(attachment.id))}
                download={attachment.fileName}
                size="sm"
                fw={500}
                truncate
                aria-label={t('board.attachments.download', { name: attachment.fileName })}
                data-testid="attachment-link"
              >
                {attachment.fileName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('board.attachments.uploadedBy', {
                  size: names.format.fileSize(attachment.size),
                  user: names.userName(attachment.uploadedBy) ?? '',
                  date: names.format.dateTime(attachment.createdAt),
                })}
              </Text>
            </Stack>
            {!disabled && (
              <Tooltip label={t('board.attachments.remove', { name: attachment.fileName })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={() => setRemoving(attachment)}
                  aria-label={t('board.attachments.remove', { name: attachment.fileName })}
                  data-testid="attachment-remove"
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        ))}
      </Stack>
      <ConfirmModal
        opened={removing !== null}
        title={t('board.attachments.removeTitle', { name: removing?.fileName ?? '' })}
        text={t('board.attachments.removeText')}
        confirmLabel={t('board.attachments.removeConfirm')}
        loading={removal.isPending}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
        confirmTestId="attachment-remove-confirm"
      />
    </Paper>
  );
}
