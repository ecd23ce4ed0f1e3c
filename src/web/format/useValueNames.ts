// What describeValue needs to put field values in words: formatters, yes/no, user, file and
// contact names.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/cards.types';
import { useUsers } from '../api/users.queries';
import type { ValueNames } from './field-values';
import { useFormatters } from './useFormatters';

// One empty list and map for every render, so the memo below holds when none are given.
const NO_ATTACHMENTS: Attachment[] = [];
const NO_CONTACTS = new Map<string, string>();

export function useValueNames(
  attachments: Attachment[] = NO_ATTACHMENTS,
  contactNames: ReadonlyMap<string, string> = NO_CONTACTS,
): ValueNames {
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
      contactName: (id: string) => contactNames.get(id),
    };
  }, [format, users, attachments, contactNames, t]);
}
