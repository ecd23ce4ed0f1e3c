// HTTP for company settings and the company logo.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { companySettingsPatch, companySettingsResponse, logoResponse } from './settings.schemas';
import * as settings from './settings.service';

// An SVG opened on its own must not run scripts or load anything: the browser is told so.
const SVG_SAFETY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'x-content-type-options': 'nosniff',
};

export function settingsRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];

  api.get(
    '/api/v1/settings/company',
    { schema: { tags, summary: 'Company settings', response: { 200: companySettingsResponse } } },
    async (request) => settings.getCompanySettings(ctx, actorOf(request)),
  );

  api.patch(
    '/api/v1/settings/company',
    {
      config: { requires: 'settings' },
      schema: {
        tags,
        summary: 'Change company settings',
        body: companySettingsPatch,
        response: { 200: companySettingsResponse },
      },
    },
    async (request) => settings.updateCompanySettings(ctx, actorOf(request), request.body),
  );

  // The logo upload takes raw image bytes of any declared type: the content decides.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().put(
      '/api/v1/settings/company/logo',
      {
        config: { requires: 'settings' },
        bodyLimit: settings.MAX_LOGO_BYTES,
        schema: {
          tags,
          summary: 'Upload the company logo (PNG, JPEG or SVG, at most 2 MB; body is the image)',
          response: { 200: logoResponse },
        },
      },
      async (request) => settings.putLogo(ctx, actorOf(request), request.body),
    );
  });

  api.get(
    '/api/v1/settings/company/logo',
    { schema: { tags, summary: 'The company logo image' } },
    async (request, reply) => {
      const logo = await settings.getLogo(ctx, actorOf(request));
      if (logo.contentType === 'image/svg+xml') reply.headers(SVG_SAFETY_HEADERS);
      return reply
        .header('content-type', logo.contentType)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(logo.bytes);
    },
  );

  api.delete(
    '/api/v1/settings/company/logo',
    { config: { requires: 'settings' }, schema: { tags, summary: 'Remove the company logo' } },
    async (request, reply) => {
      await settings.removeLogo(ctx, actorOf(request));
      return reply.code(204).send();
    },
  );
}
