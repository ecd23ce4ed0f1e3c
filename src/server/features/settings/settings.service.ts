// Company settings use cases: read, change (validated as a whole), and the logo.
import { NotFound, ValidationFailed } from '../../../domain/errors';
import { checkLegalIdentifiers } from '../../../domain/company/company-settings-rules';
import { detectImageKind, imageContentType } from '../../../domain/files/image-kind';
import type { Actor, AppContext } from '../../context';
import { nowIso } from '../../ids';
import { recordAudit } from '../audit/audit.store';
import type { CompanySettingsPatch } from './settings.schemas';
import * as store from './settings.store';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export function logoUrl(logoUpdatedAt: string | null): string | null {
  return logoUpdatedAt ? `/api/v1/settings/company/logo?v=${Date.parse(logoUpdatedAt)}` : null;
}

export async function getCompanySettings(ctx: AppContext, actor: Actor) {
  const found = await store.findCompanySettings(ctx.db, actor.workspaceId);
  if (!found) throw new NotFound('workspace');
  const { logoUpdatedAt, ...settings } = found;
  return { ...settings, logoUrl: logoUrl(logoUpdatedAt) };
}

export async function updateCompanySettings(
  ctx: AppContext,
  actor: Actor,
  patch: CompanySettingsPatch,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const current = await store.findCompanySettings(trx, actor.workspaceId);
    if (!current) throw new NotFound('workspace');
    // Identifiers are checked against the settings they will live with: changing the country
    // to RO re-checks a tax id saved earlier.
    const merged = { ...current, ...patch };
    const checked = checkLegalIdentifiers(merged);
    if (!checked.ok) {
      const touched = checked.problems.filter(
        (p) => p.path in patch || (p.path === 'taxId' && 'country' in patch),
      );
      throw new ValidationFailed(touched.length > 0 ? touched : checked.problems);
    }
    const normalized: CompanySettingsPatch = { ...patch };
    for (const key of ['taxId', 'iban', 'phone'] as const) {
      if (key in patch) normalized[key] = checked.value[key];
    }
    await store.updateCompanySettings(trx, actor.workspaceId, normalized, nowIso());
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'settings.company.updated',
      target: 'company',
      details: { fields: Object.keys(patch) },
    });
  });
  return getCompanySettings(ctx, actor);
}

export async function putLogo(ctx: AppContext, actor: Actor, bytes: unknown) {
  const kind = bytes instanceof Buffer ? detectImageKind(bytes) : null;
  if (!kind || !(bytes instanceof Buffer)) {
    throw ValidationFailed.field('logo', 'must be a PNG, JPEG or SVG image');
  }
  const updatedAt = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    await store.saveLogo(trx, actor.workspaceId, {
      contentType: imageContentType(kind),
      bytes,
      updatedAt,
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'settings.logo.updated',
      target: 'company',
    });
  });
  return { logoUrl: logoUrl(updatedAt) as string };
}

export async function getLogo(ctx: AppContext, actor: Actor) {
  const logo = await store.findLogo(ctx.db, actor.workspaceId);
  if (!logo) throw new NotFound('logo');
  return logo;
}

export async function removeLogo(ctx: AppContext, actor: Actor) {
  await ctx.db.transaction().execute(async (trx) => {
    await store.deleteLogo(trx, actor.workspaceId);
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      action: 'settings.logo.removed',
      target: 'company',
    });
  });
}
