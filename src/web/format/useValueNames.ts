// What describeValue needs to put field values in words: formatters, yes/no, user and file names.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/cards.types';
import { useUsers } from '../api/users.queries';
import type { ValueNames } from './field-values';
import { useFormatters } from './useFormatters';

// One empty list for every render, so the memo below holds when no attachments are given.
const NO_ATTACHMENTS: Attachment[] = [];

export function useValueNames(attachments: Attachment[] = NO_ATTACHMENTS): ValueNames {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data: users } = useUsers();
  return useMemo(() => {
    const userNames = new Map(users?.map((user) => [user.id, user.name]));
    const fileNames = new Map(attachments.map((file) => [file.id, file.fileName]));
    return {
      format,
      yesNo: (value: boolean) => (value ? t('board.fields.yes') : t('board.fields.no')),
      userName: (id: string) => userNames.get(id),
      fileName: (id: string) => fileNames.get(id),
    };
  }, [format, users, attachments, t]);
}
