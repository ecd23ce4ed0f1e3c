// Files attached to a card: the list, uploading one and removing one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attachment } from './cards.types';
import { api } from './client';
import { queryKeys } from './query-keys';
import type { ItemList } from './types';

const attachmentsPath = (cardId: string) => `/cards/${encodeURIComponent(cardId)}/attachments`;

/** Where the browser downloads an attachment (the server answers with Content-Disposition). */
export const attachmentPath = (attachmentId: string) =>
  `/attachments/${encodeURIComponent(attachmentId)}`;

export function useAttachments(cardId: string) {
  return useQuery({
    queryKey: queryKeys.cardAttachments(cardId),
    queryFn: async () => (await api.get<ItemList<Attachment>>(attachmentsPath(cardId))).items,
  });
}

function useAttachmentsChanged(cardId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.cardAttachments(cardId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.cardHistory(cardId) }),
    ]);
}

export function useUploadAttachment(cardId: string) {
  const attachmentsChanged = useAttachmentsChanged(cardId);
  return useMutation({
    mutationFn: (file: File) =>
      api.postFile<Attachment>(
        `${attachmentsPath(cardId)}?fileName=${encodeURIComponent(file.name)}`,
        file,
      ),
    onSuccess: attachmentsChanged,
  });
}

export function useRemoveAttachment(cardId: string) {
  const attachmentsChanged = useAttachmentsChanged(cardId);
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete<void>(attachmentPath(attachmentId)),
    onSuccess: attachmentsChanged,
  });
}
