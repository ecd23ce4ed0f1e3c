// SQL for files attached to cards; the bytes live in the database, so backups carry them.
import type { Executor } from '../../context';

const metaColumns = [
  'attachments.id',
  'attachments.card_id as cardId',
  'attachments.file_name as fileName',
  'attachments.content_type as contentType',
  'attachments.size',
  'attachments.uploaded_by as uploadedBy',
  'attachments.created_at as createdAt',
] as const;

export async function insertAttachment(
  db: Executor,
  workspaceId: string,
  attachment: {
    id: string;
    cardId: string;
    fileName: string;
    contentType: string;
    bytes: Buffer;
    uploadedBy: string;
    createdAt: string;
  },
) {
  await db
    .insertInto('attachments')
    .values({
      id: attachment.id,
      workspace_id: workspaceId,
      card_id: attachment.cardId,
      file_name: attachment.fileName,
      content_type: attachment.contentType,
      size: attachment.bytes.length,
      bytes: attachment.bytes,
      uploaded_by: attachment.uploadedBy,
      created_at: attachment.createdAt,
    })
    .execute();
}

export async function listAttachments(db: Executor, workspaceId: string, cardId: string) {
  return db
    .selectFrom('attachments')
    .select(metaColumns)
    .where('workspace_id', '=', workspaceId)
    .where('card_id', '=', cardId)
    .orderBy('id')
    .limit(1000)
    .execute();
}

export async function findAttachmentMeta(db: Executor, workspaceId: string, attachmentId: string) {
  return db
    .selectFrom('attachments')
    .select(metaColumns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

export async function findAttachmentBytes(db: Executor, workspaceId: string, attachmentId: string) {
  const row = await db
    .selectFrom('attachments')
    .select('bytes')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  return row?.bytes;
}

export async function deleteAttachment(db: Executor, workspaceId: string, attachmentId: string) {
  await db
    .deleteFrom('attachments')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', attachmentId)
    .execute();
}
