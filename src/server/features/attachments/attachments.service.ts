// Files on cards: upload (type decided by the content, never by the name or the client's
// header), list, download, remove. Each upload and removal is written to the card's history.
import { fileTypeFromBuffer } from 'file-type';
import { Conflict, NotFound, ValidationFailed } from '../../../domain/errors';
import type { Actor, AppContext, Executor } from '../../context';
import { newId, nowIso } from '../../ids';
import { requireCardAccess, requireReadableCard } from '../cards/card-access';
import { loadFieldDefinitions } from '../cards/card-context.store';
import { insertHistory } from '../cards/card-history.store';
import * as store from './attachments.store';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

async function sniffContentType(bytes: Buffer): Promise<string> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime;
  const text = new TextDecoder('utf-8', { fatal: true });
  try {
    text.decode(bytes);
    return 'text/plain; charset=utf-8';
  } catch {
    return 'application/octet-stream';
  }
}

function cleanFileName(name: string | undefined): string {
  // Path parts and control characters never reach a download's Content-Disposition.
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char !== '\u007f' && char !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  if (cleaned === '') throw ValidationFailed.field('query.fileName', 'is required');
  return cleaned;
}

export async function uploadAttachment(
  ctx: AppContext,
  actor: Actor,
  cardId: string,
  upload: { fileName?: string; bytes: unknown },
) {
  const fileName = cleanFileName(upload.fileName);
  if (!(upload.bytes instanceof Buffer)) {
    throw ValidationFailed.field('file', 'must be the file itself, sent as the request body');
  }
  // The web app words this refusal for the user (board-notices.ts): keep the two in step.
  if (upload.bytes.length === 0) throw ValidationFailed.field('file', 'is empty');
  const bytes = upload.bytes;
  const contentType = await sniffContentType(bytes);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const card = await requireCardAccess(trx, actor, cardId, 'write');
    const now = nowIso();
    await store.insertAttachment(trx, actor.workspaceId, {
      id,
      cardId: card.id,
      fileName,
      contentType,
      bytes,
      uploadedBy: actor.userId,
      createdAt: now,
    });
    await insertHistory(trx, actor.workspaceId, {
      cardId: card.id,
      userId: actor.userId,
      kind: 'updated',
      changes: [{ field: 'attachments', label: 'attachments', from: null, to: fileName }],
      at: now,
    });
  });
  return (await store.findAttachmentMeta(ctx.db, actor.workspaceId, id))!;
}

export async function listCardAttachments(ctx: AppContext, actor: Actor, cardId: string) {
  await requireReadableCard(ctx, actor, cardId);
  return store.listAttachments(ctx.db, actor.workspaceId, cardId);
}

/** An attachment whose card the actor may change, read inside the changing transaction. */
async function requireChangeableAttachment(db: Executor, actor: Actor, attachmentId: string) {
  const meta = await store.findAttachmentMeta(db, actor.workspaceId, attachmentId);
  if (!meta) throw new NotFound('attachment');
  const card = await requireCardAccess(db, actor, meta.cardId, 'write');
  return { meta, card };
}

export async function downloadAttachment(ctx: AppContext, actor: Actor, attachmentId: string) {
  const meta = await store.findAttachmentMeta(ctx.db, actor.workspaceId, attachmentId);
  if (!meta) throw new NotFound('attachment');
  await requireReadableCard(ctx, actor, meta.cardId);
  const bytes = await store.findAttachmentBytes(ctx.db, actor.workspaceId, attachmentId);
  if (!bytes) throw new NotFound('attachment');
  return { meta, bytes };
}

export async function removeAttachment(ctx: AppContext, actor: Actor, attachmentId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const { meta, card } = await requireChangeableAttachment(trx, actor, attachmentId);
    const fileFields = (await loadFieldDefinitions(trx, actor.workspaceId, card.moduleId)).filter(
      (field) => field.type === 'file' && card.fields[field.key] === attachmentId,
    );
    if (fileFields.length > 0) {
      throw new Conflict(
        'attachment_in_use',
        `the field "${fileFields[0]!.label}" holds this file; clear the field first`,
      );
    }
    await store.deleteAttachment(trx, actor.workspaceId, attachmentId);
    await insertHistory(trx, actor.workspaceId, {
      cardId: card.id,
      userId: actor.userId,
      kind: 'updated',
      changes: [{ field: 'attachments', label: 'attachments', from: meta.fileName, to: null }],
      at: nowIso(),
    });
  });
}
