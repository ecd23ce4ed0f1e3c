// Refused card fields read in the UI language: by their detail's code, else the server's reason.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { VALUE_PROBLEMS } from '../domain/fields/field-value';
import { ApiError } from './api/client';
import type * as BoardNotices from './board-notices';
import type * as I18n from './i18n';

let notices: typeof BoardNotices;
let i18n: (typeof I18n)['i18n'];

beforeAll(async () => {
  // The i18n module reads the chosen language from the browser when loaded: Romanian here.
  vi.stubGlobal('localStorage', { getItem: () => 'ro', setItem: () => undefined });
  vi.stubGlobal('document', { documentElement: {} });
  notices = await import('./board-notices');
  ({ i18n } = await import('./i18n'));
});

describe('card field refusals', () => {
  it('says why each kind of value was refused, in Romanian and English', async () => {
    const detail = { path: 'fields.email', message: 'must be an e-mail address' };
    expect(notices.detailMessage({ ...detail, code: 'not_an_email' })).toMatch(/^Trebuie să fie/);
    await i18n.changeLanguage('en');
    expect(notices.detailMessage({ ...detail, code: 'not_an_email' })).toMatch(
      /^Must be an e-mail/,
    );
    await i18n.changeLanguage('ro');
    for (const code of VALUE_PROBLEMS) {
      expect(i18n.exists(`board.valueErrors.${code}`), code).toBe(true);
    }
  });

  it('reads "required" for both required rules and keeps the reason of an unknown code', () => {
    expect(
      notices.detailMessage({ path: 'fields.a', message: 'is required', code: 'required' }),
    ).toBe(i18n.t('validation.required'));
    expect(
      notices.detailMessage({ path: 'title', message: 'must be at most 300 characters' }),
    ).toBe('Must be at most 300 characters');
  });

  it('names only the required fields of a refusal as missing', () => {
    const error = new ApiError(400, 'validation_failed', 'refused', [
      { path: 'fields.value', message: 'is required', code: 'required_from_status' },
      { path: 'fields.email', message: 'must be an e-mail address', code: 'not_an_email' },
    ]);
    expect(notices.requiredFieldKeys(error)).toEqual(['value']);
  });
});
