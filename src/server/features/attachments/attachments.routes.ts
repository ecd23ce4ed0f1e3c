// HTTP for files on cards. An upload's body is the file itself; its name comes in ?fileName=.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import * as attachments from './attachments.service';

const attachmentResponse = z.object({
  id: z.string(),
  cardId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedBy: z.string(),
  createdAt: z.string(),
});
const cardIdParams = z.object({ cardId: z.string().max(64) });
const attachmentIdParams = z.object({ attachmentId: z.string().max(64) });

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function attachmentsRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['attachments'];

  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/cards/:cardId/attachments',
      {
        bodyLimit: attachments.MAX_ATTACHMENT_BYTES,
        schema: {
          tags,
          summary: 'Attach a file (at most 10 MB; the body is the file, ?fileName= its name)',
          params: cardIdParams,
          querystring: z.object({ fileName: z.string().max(500).optional() }),
          response: { 201: attachmentResponse },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await attachments.uploadAttachment(ctx, actorOf(request), request.params.cardId, {
            fileName: request.query.fileName,
            bytes: request.body,
          }),
        ),
    );
  });

  api.get(
    '/api/v1/cards/:cardId/attachments',
    {
      schema: {
        tags,
        summary: 'Files attached to a card',
        params: cardIdParams,
        response: { 200: z.object({ items: z.array(attachmentResponse) }) },
      },
    },
    async (request) => ({
      items: await attachments.listCardAttachments(ctx, actorOf(request), request.params.cardId),
    }),
  );

  api.get(
    '/api/v1/attachments/:attachmentId',
    { schema: { tags, summary: 'Download a file', params: attachmentIdParams } },
    async (request, reply) => {
      const { meta, bytes } = await attachments.downloadAttachment(
        ctx,
        actorOf(request),
        request.params.attachmentId,
      );
      return reply
        .header('content-type', meta.contentType)
        .header('content-disposition', contentDisposition(meta.fileName))
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(bytes);
    },
  );

  api.delete(
    '/api/v1/attachments/:attachmentId',
    { schema: { tags, summary: 'Remove a file', params: attachmentIdParams } },
    async (request, reply) => {
      await attachments.removeAttachment(ctx, actorOf(request), request.params.attachmentId);
      return reply.code(204).send();
    },
  );
}
