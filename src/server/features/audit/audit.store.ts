// SQL for the audit log of admin actions: who did what, to what, when.
import type { Executor } from '../../context';
import { newId, nowIso } from '../../ids';

export type AuditEntry = {
  workspaceId: string;
  userId: string | null;
  action: string;
  target: string;
  details?: Record<string, unknown>;
};

export async function recordAudit(db: Executor, entry: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      workspace_id: entry.workspaceId,
      user_id: entry.userId,
      action: entry.action,
      target: entry.target,
      details: JSON.stringify(entry.details ?? {}),
      at: nowIso(),
    })
    .execute();
}
