// A file field: one of the card's attachments, picked from the list or uploaded on the spot.
import { useState, type ReactNode } from 'react';
import { ActionIcon, FileButton, Group, Select, Tooltip } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { attachmentPath } from '../api/attachments.queries';
import type { Attachment } from '../api/cards.types';
import { apiUrl } from '../api/client';
import { boardErrorMessage } from '../board-notices';

type FileFieldInputProps = {
  label: string;
  description?: ReactNode;
  required?: boolean;
  error?: ReactNode;
  disabled?: boolean;
  value: string | null;
  attachments: Attachment[];
  onChange: (value: string | null, commit?: boolean) => void;
  onUpload?: (file: File) => Promise<Attachment>;
  testId?: string;
};

export function FileFieldInput(props: FileFieldInputProps) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  // Why the last upload was refused (too large, empty…), under the field until the next pick.
  const [uploadError, setUploadError] = useState<string | null>(null);
  const { value, attachments, onUpload } = props;

  const upload = (file: File | null) => {
    if (!file || !onUpload) return;
    setUploading(true);
    setUploadError(null);
    onUpload(file)
      .then((attachment) => props.onChange(attachment.id, true))
      .catch((error: unknown) => setUploadError(boardErrorMessage(error)))
      .finally(() => setUploading(false));
  };

  return (
    <Group gap={6} wrap="nowrap" align="flex-end">
      <Select
        style={{ flex: 1 }}
        label={props.label}
        description={props.description}
        withAsterisk={props.required}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        error={uploadError ?? props.error}
        disabled={props.disabled}
        placeholder={
          attachments.length === 0 ? t('board.fields.noFiles') : t('board.fields.choose')
        }
        data={attachments.map((file) => ({ value: file.id, label: file.fileName }))}
        value={value}
        onChange={(id) => {
          setUploadError(null);
          props.onChange(id, true);
        }}
        clearable
        data-testid={props.testId}
        rightSectionPointerEvents={value ? 'all' : 'none'}
        rightSection={
          value ? (
            <Tooltip label={t('board.fields.download')} withArrow>
              <ActionIcon
                component="a"
                href={apiUrl(attachmentPath(value))}
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('board.fields.download')}
              >
                <IconDownload size={14} />
              </ActionIcon>
            </Tooltip>
          ) : undefined
        }
      />
      {onUpload && (
        <FileButton onChange={upload} disabled={props.disabled}>
          {(buttonProps) => (
            <Tooltip label={t('board.fields.upload')} withArrow>
              <ActionIcon
                {...buttonProps}
                variant="default"
                size={36}
                loading={uploading}
                disabled={props.disabled}
                aria-label={t('board.fields.upload')}
                mb={uploadError || props.error ? 22 : 0}
              >
                <IconUpload size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </FileButton>
      )}
    </Group>
  );
}
