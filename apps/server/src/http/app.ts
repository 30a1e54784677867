import { checkIdempotencyKey, defaultTicketModel, ValidationError, type TicketModel, type Viewer } from '@ticketkit/core';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Database } from '../db/database';
import { getInsights } from '../db/insights';
import { listTickets } from '../db/list-tickets';
import { viewerForToken } from '../db/api-tokens';
import { getTicket, listActivity, listMessages, listNotes, listTeamMembers } from '../db/ticket-reads';
import { bulkUpdate, type CheckedBulkItem } from '../db/bulk-update';
import { createSavedView, deleteSavedView, listSavedViews, MAX_SAVED_VIEWS, updateSavedView } from '../db/saved-views';
import { addNoteOnce, sendReplyOnce } from '../db/send-once';
import { updateTicket } from '../db/ticket-writes';
import { errorResponse, PayloadTooLargeError, UnauthorizedError, UnsupportedMediaTypeError } from './errors';
import { isJsonMediaType } from './media-type';
import { LIMITS } from './limits';
import { openApiDocument } from './openapi';
import { describeError, escapeForLog } from './log';
import {
  checkStorablePatch,
  noteBody,
  parseBulkUpdate,
  parseInput,
  parseJson,
  parseInsightsParams,
  parseListParams,
  parseSavedViewCreate,
  parseSavedViewUpdate,
  parseUpdateTicket,
  replyBody,
  ticketIdParam,
  viewIdParam,
} from './input';

/** Options of the HTTP app. */
export interface AppOptions {
  /** Largest request body accepted, in bytes. Default `LIMITS.requestBytes`: room for the longest reply, no more. */
  maxBodyBytes?: number;
  /** Origins allowed to call the API from a browser. Default `*` (tokens travel in a header, not cookies). */
  corsOrigin?: string | string[];
  /**
   * The ticket model the API follows (core's `defineTicketModel`): the statuses and priorities it takes and returns,
   * the custom fields it stores, filters, sorts and lets the team edit. Give the host's `TicketsProvider` the same
   * one. Default: core's `defaultTicketModel`. Load one from a JSON file with `loadTicketModel` (`config.ts`).
   */
  model?: TicketModel;
}

type Env = { Variables: { viewer: Viewer } };

/** The ETag of a ticket version: a client may compare it with `If-None-Match`-style logic or show it. */
const etag = (version: number) => `"${version}"`;

/**
 * The documented HTTP API (see `openapi.yaml`) on a database, mounted under `/api`. Every route but `/api/health`
 * needs a bearer token; every ticket query carries the viewer's scope.
 */
export function createApp(db: Database, options: AppOptions = {}): Hono<Env> {
  const maxBodyBytes = options.maxBodyBytes ?? LIMITS.requestBytes;
  const model = options.model ?? defaultTicketModel;
  const app = new Hono<Env>().basePath('/api');

  app.use('*', cors({ origin: options.corsOrigin ?? '*', exposeHeaders: ['ETag'], maxAge: 600 }));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', bodyLimit({ maxSize: maxBodyBytes, onError: () => { throw new PayloadTooLargeError(maxBodyBytes); } }));

  app.get('/health', (c) => c.json({ ok: true, database: db.kind }));

  // The API's description for this server's model: public, as the API's shape is no secret. Made on first request.
  let document: string | undefined;
  app.get('/openapi.yaml', (c) => {
    document ??= openApiDocument(model);
    c.header('Content-Type', 'application/yaml; charset=utf-8');
    return c.body(document);
  });

  app.use('*', async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    // The scheme is case-insensitive and may be followed by more than one space (RFC 9110, section 11.4).
    const match = /^bearer +([A-Za-z0-9._~+/=-]{1,200})$/i.exec(header);
    const viewer = match?.[1] ? await viewerForToken(db, match[1]) : null;
    if (!viewer) throw new UnauthorizedError();
    c.set('viewer', viewer);
    await next();
  });

  const ticketId = (c: Context<Env>) => parseInput(ticketIdParam, c.req.param('id'), 'ticketId');
  // Absent, or 1-128 characters from A-Z a-z 0-9 _ - . : (core's rule, which the REST adapter applies too).
  const idempotencyKey = (c: Context<Env>) => checkIdempotencyKey(c.req.header('Idempotency-Key'));
  const jsonBody = async (c: Context<Env>) => {
    if (!isJsonMediaType(c.req.header('Content-Type'))) throw new UnsupportedMediaTypeError();
    return parseJson(await c.req.arrayBuffer());
  };

  app.get('/me', (c) => c.json(c.get('viewer')));

  app.get('/tickets', async (c) => {
    const request = parseListParams(new URL(c.req.url).searchParams, model);
    return c.json(await listTickets(db, c.get('viewer'), request, model));
  });

  app.get('/insights', async (c) => {
    const request = parseInsightsParams(new URL(c.req.url).searchParams);
    return c.json(await getInsights(db, c.get('viewer'), request, model));
  });

  app.get('/tickets/:id', async (c) => {
    const ticket = await getTicket(db, c.get('viewer'), ticketId(c), model);
    c.header('ETag', etag(ticket.version));
    return c.json(ticket);
  });

  app.get('/tickets/:id/messages', async (c) => c.json({ messages: await listMessages(db, c.get('viewer'), ticketId(c)) }));

  app.get('/tickets/:id/notes', async (c) => c.json({ notes: await listNotes(db, c.get('viewer'), ticketId(c)) }));

  app.get('/team-members', async (c) => c.json({ teamMembers: await listTeamMembers(db) }));

  app.patch('/tickets/:id', async (c) => {
    const id = ticketId(c);
    const input = parseUpdateTicket(await jsonBody(c), model);
    const ticket = await updateTicket(db, c.get('viewer'), id, input.patch, input.expectedVersion, model);
    c.header('ETag', etag(ticket.version));
    return c.json(ticket);
  });

  app.post('/tickets/bulk-update', async (c) => {
    const { items } = parseBulkUpdate(await jsonBody(c));
    // The shape of the whole request is checked first (400 naming `items[i]…`); each patch's content per item.
    const checked: CheckedBulkItem[] = items.map((item) => {
      try {
        return { ...item, patch: checkStorablePatch(item.patch, model) };
      } catch (error) {
        return { ...item, patch: { error } };
      }
    });
    const results = await bulkUpdate(db, c.get('viewer'), checked, model);
    return c.json({
      outcomes: results.map((result) => {
        if (result.ok) return result;
        return { ticketId: result.ticketId, ok: false, error: errorResponse(result.error).body.error };
      }),
    });
  });

  app.get('/tickets/:id/activity', async (c) => c.json({ activity: await listActivity(db, c.get('viewer'), ticketId(c)) }));

  const viewId = (c: Context<Env>) => parseInput(viewIdParam, c.req.param('id'), 'viewId');

  app.get('/views', async (c) => c.json({ views: await listSavedViews(db, c.get('viewer')) }));

  app.post('/views', async (c) => {
    const input = parseSavedViewCreate(await jsonBody(c), model);
    const view = await createSavedView(db, c.get('viewer'), input);
    if (!view) throw new ValidationError('views', `you keep ${MAX_SAVED_VIEWS} saved views already; delete one first`);
    return c.json(view, 201);
  });

  app.patch('/views/:id', async (c) => {
    const id = viewId(c);
    const changes = parseSavedViewUpdate(await jsonBody(c), model);
    return c.json(await updateSavedView(db, c.get('viewer'), id, changes));
  });

  app.delete('/views/:id', async (c) => {
    await deleteSavedView(db, c.get('viewer'), viewId(c));
    return c.body(null, 204);
  });

  app.post('/tickets/:id/notes', async (c) => {
    const id = ticketId(c);
    const key = idempotencyKey(c);
    const input = parseInput(noteBody, await jsonBody(c));
    return c.json(await addNoteOnce(db, c.get('viewer'), id, input, key, model), 201);
  });

  app.post('/tickets/:id/replies', async (c) => {
    const id = ticketId(c);
    const key = idempotencyKey(c);
    const input = parseInput(replyBody, await jsonBody(c));
    const result = await sendReplyOnce(db, c.get('viewer'), id, input, key, model);
    c.header('ETag', etag(result.ticket.version));
    return c.json(result, 201);
  });

  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}.` } }, 404));

  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    // One line per failure, with the path escaped (a %0d%0a in it must not start a forged line) and nothing of the
    // error but its name, code, message and stack (never the SQL and parameters a driver attaches).
    if (status === 500) console.error(`Unhandled error on ${escapeForLog(c.req.method)} ${escapeForLog(c.req.path)}: ${describeError(error)}`);
    // An oversized body is refused before it is read to the end: close the connection, or a client reusing it
    // (keep-alive) would send its next request into the unread rest and see the socket drop.
    if (status === 413) c.header('Connection', 'close');
    return c.json(body, status);
  });

  return app;
}
