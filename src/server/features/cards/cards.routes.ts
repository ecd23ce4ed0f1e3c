// HTTP for cards: the board, the list, a card's life (create, read, change, trash, restore)
// and its timeline.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context';
import type { App } from '../../http/app-type';
import { actorOf } from '../../http/authenticate';
import { boardQuery, boardResponse } from './board.schemas';
import { getBoard } from './board.service';
import { addComment, getHistory } from './card-history.service';
import { listModuleCards } from './card-list.service';
import {
  cardIdParams,
  cardListQuery,
  cardListResponse,
  cardResponse,
  commentBody,
  createCardBody,
  historyEntryResponse,
  historyQuery,
  historyResponse,
  updateCardBody,
} from './cards.schemas';
import * as cards from './cards.service';
import { moduleIdParams } from '../../http/common-schemas';

export function cardsRoutes(app: App, ctx: AppContext) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cards'];

  api.get(
    '/api/v1/modules/:moduleId/board',
    {
      schema: {
        tags,
        summary:
          'Kanban board: per status its count, sums and first cards; ?status=&cursor= pages one column',
        params: moduleIdParams,
        querystring: boardQuery,
        response: { 200: boardResponse },
      },
    },
    async (request) =>
      (await getBoard(ctx, actorOf(request), request.params.moduleId, request.query)).asAnswer(),
  );

  api.get(
    '/api/v1/modules/:moduleId/cards',
    {
      schema: {
        tags,
        summary:
          'Cards of a module: filter[<key>][eq|contains|gt|gte|lt|lte|empty]=, sort=<key>|-<key>',
        params: moduleIdParams,
        querystring: cardListQuery,
        response: { 200: cardListResponse },
      },
    },
    async (request) =>
      (
        await listModuleCards(ctx, actorOf(request), request.params.moduleId, request.query)
      ).asAnswer(),
  );

  api.post(
    '/api/v1/modules/:moduleId/cards',
    {
      schema: {
        tags,
        summary: 'Create a card',
        params: moduleIdParams,
        body: createCardBody,
        response: { 201: cardResponse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await cards.createCard(ctx, actorOf(request), request.params.moduleId, request.body)),
  );

  api.get(
    '/api/v1/cards/:cardId',
    { schema: { tags, summary: 'A card', params: cardIdParams, response: { 200: cardResponse } } },
    async (request) => cards.getCard(ctx, actorOf(request), request.params.cardId),
  );

  api.patch(
    '/api/v1/cards/:cardId',
    {
      schema: {
        tags,
        summary: 'Change or move a card; `version` must be the one read (409 when stale)',
        params: cardIdParams,
        body: updateCardBody,
        response: { 200: cardResponse },
      },
    },
    async (request) => cards.updateCard(ctx, actorOf(request), request.params.cardId, request.body),
  );

  api.delete(
    '/api/v1/cards/:cardId',
    { schema: { tags, summary: 'Move a card to the trash', params: cardIdParams } },
    async (request, reply) => {
      await cards.trashCard(ctx, actorOf(request), request.params.cardId);
      return reply.code(204).send();
    },
  );

  api.post(
    '/api/v1/cards/:cardId/restore',
    {
      schema: {
        tags,
        summary: 'Restore a card from the trash',
        params: cardIdParams,
        response: { 200: cardResponse },
      },
    },
    async (request) => cards.restoreCard(ctx, actorOf(request), request.params.cardId),
  );

  api.get(
    '/api/v1/cards/:cardId/history',
    {
      schema: {
        tags,
        summary: 'Timeline of changes and comments, newest first',
        params: cardIdParams,
        querystring: historyQuery,
        response: { 200: historyResponse },
      },
    },
    async (request) => getHistory(ctx, actorOf(request), request.params.cardId, request.query),
  );

  api.post(
    '/api/v1/cards/:cardId/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a card',
        params: cardIdParams,
        body: commentBody,
        response: { 201: historyEntryResponse },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addComment(ctx, actorOf(request), request.params.cardId, request.body.body)),
  );
}
