import {
  computeInsights,
  NotFoundError,
  PhraseDictionary,
  resolveInsightsRequest,
  ticketFeatures,
  type Assistant,
  type InsightsRequest,
  type Message,
  type StatusChange,
  type Ticket,
  type TicketFeatures,
  type TicketInsights,
  type TicketModel,
  type Viewer,
} from '@ticketkit/core';
import type { Queryable } from './database';
import { scopeCondition } from './scope';
import { Params } from './sql';

type WindowRow = {
  id: string;
  status: string;
  assistant_id: string;
  created_ms: number;
  updated_at: Date | string;
  handoff_message_id: string | null;
  topic_phrases: string[];
  handoff_phrases: string[];
  /** The conversation without its text, oldest first: [id, author kind, epoch ms]. */
  messages: [string, string, number][] | null;
  /** Status changes, oldest first: [from, to, epoch ms]. */
  changes: [string, string, number][] | null;
};

const toIso = (ms: number) => new Date(ms).toISOString();

/**
 * Insights for `viewer` over the tickets of the database, the same result the memory adapter gives for the same data:
 * PostgreSQL selects the tickets of the range and the previous period (scope, assistant, creation instants) with the
 * times and key phrases each needs, and counts how many tickets in scope hold each phrase (the TF-IDF background);
 * the figures and the grouping are then computed by core's `computeInsights` and `ticketFeatures`, the code the memory
 * adapter runs. @throws ValidationError naming the bad field; NotFoundError for an assistant out of scope.
 */
export async function getInsights(db: Queryable, viewer: Viewer, request: InsightsRequest, model: TicketModel): Promise<TicketInsights> {
  const resolved = resolveInsightsRequest(request);
  const ownerParams = new Params();
  const ownerCondition = viewer.role === 'admin' ? 'TRUE' : `a.owner_id = ${ownerParams.param(viewer.id)}`;
  const assistantRows = await db.query<{ id: string; name: string; owner_id: string }>(
    `SELECT a.id, a.name, a.owner_id FROM assistants a WHERE ${ownerCondition} ORDER BY a.id`,
    ownerParams.values,
  );
  const assistants: Assistant[] = assistantRows.map((row) => ({ id: row.id, name: row.name, ownerId: row.owner_id }));
  if (resolved.assistantId !== null && !assistants.some((assistant) => assistant.id === resolved.assistantId)) {
    throw new NotFoundError('Assistant', resolved.assistantId);
  }

  const scope = (params: Params) => {
    const conditions = [scopeCondition(viewer, params)];
    if (resolved.assistantId !== null) conditions.push(`t.assistant_id = ${params.param(resolved.assistantId)}`);
    return conditions.join(' AND ');
  };
  const end = resolved.dayStarts[resolved.dayStarts.length - 1]!;
  const windowParams = new Params();
  const windowSql = `
    SELECT t.id, t.status, t.assistant_id, (extract(epoch FROM t.created_at) * 1000)::float8 AS created_ms, t.updated_at,
           t.handoff_message_id, t.topic_phrases, t.handoff_phrases,
           (SELECT json_agg(json_build_array(m.id, m.author_kind, (extract(epoch FROM m.created_at) * 1000)::float8) ORDER BY m.created_at, m.position)
            FROM messages m WHERE m.ticket_id = t.id) AS messages,
           (SELECT json_agg(json_build_array(a.change->>'from', a.change->>'to', (extract(epoch FROM a.created_at) * 1000)::float8) ORDER BY a.created_at, a.position)
            FROM ticket_activity a WHERE a.ticket_id = t.id AND a.change->>'kind' = 'status') AS changes
    FROM tickets t
    WHERE ${scope(windowParams)}
      AND t.created_at >= to_timestamp(${windowParams.param(resolved.previousStart / 1000)}::float8)
      AND t.created_at < to_timestamp(${windowParams.param(end / 1000)}::float8)
    ORDER BY t.created_at, t.id`;
  // The TF-IDF background: how many tickets in scope hold each phrase (and each handoff phrase), and how many there
  // are, summed over the assistants in scope from phrase_counts (kept when tickets are stored).
  const backgroundParams = new Params();
  const backgroundConditions = [scopeCondition(viewer, backgroundParams, 'pc')];
  if (resolved.assistantId !== null) backgroundConditions.push(`pc.assistant_id = ${backgroundParams.param(resolved.assistantId)}`);
  const backgroundSql = `SELECT pc.kind, pc.phrase, sum(pc.tickets)::integer AS count FROM phrase_counts pc
    WHERE ${backgroundConditions.join(' AND ')} GROUP BY pc.kind, pc.phrase`;
  const [rows, backgroundRows] = await Promise.all([
    db.query<WindowRow>(windowSql, windowParams.values),
    db.query<{ kind: string; phrase: string; count: number }>(backgroundSql, backgroundParams.values),
  ]);

  const dictionary = new PhraseDictionary();
  const assistantById = new Map(assistants.map((assistant) => [assistant.id, assistant]));
  const tickets: Ticket[] = rows.map((row) => {
    const assistant = assistantById.get(row.assistant_id) ?? { id: row.assistant_id, name: '', ownerId: '' };
    // What computeInsights and ticketFeatures read of a ticket; the text comes from the stored key phrases.
    return {
      id: row.id,
      subject: '',
      status: row.status,
      createdAt: toIso(Number(row.created_ms)),
      updatedAt: new Date(row.updated_at).toISOString(),
      assistant: { id: assistant.id, name: assistant.name },
      handoffMessageId: row.handoff_message_id,
    } as unknown as Ticket;
  });
  const features: TicketFeatures[] = rows.map((row, doc) => {
    const messages = (row.messages ?? []).map(([id, kind, at]) => ({ id, body: '', createdAt: toIso(Number(at)), author: { kind } }) as unknown as Message);
    const changes: StatusChange[] = (row.changes ?? []).map(([from, to, at]) => ({ from, to, at: Number(at) }));
    // Times from core's own function; the phrases it would make from the text are the stored ones (made by core's
    // phrase functions when the ticket was stored), interned here.
    const timed = ticketFeatures(tickets[doc]!, messages, changes, model, dictionary);
    return {
      ...timed,
      phrases: dictionary.toIds(new Set(row.topic_phrases)),
      handoffPhrases: dictionary.toIds(new Set(row.handoff_phrases)),
    };
  });
  const phraseCounts = new Int32Array(dictionary.size + 1);
  const handoffCounts = new Int32Array(dictionary.size + 1);
  let size = 0;
  for (const row of backgroundRows) {
    if (row.kind === 'n') {
      size = Number(row.count);
      continue;
    }
    const id = dictionary.idOf(row.phrase);
    // Only the phrases of the range's tickets are ever ranked; the rest of the background is not needed.
    if (id < 0) continue;
    (row.kind === 'p' ? phraseCounts : handoffCounts)[id] = Number(row.count);
  }
  const created = Float64Array.from(rows, (row) => Number(row.created_ms));
  return computeInsights(
    {
      model,
      dictionary,
      assistants,
      docs: Int32Array.from(rows.keys()),
      size: rows.length,
      ticket: (doc) => tickets[doc]!,
      createdAt: (doc) => created[doc]!,
      features: (doc) => features[doc]!,
      background: () => ({ phrases: phraseCounts, handoff: handoffCounts, size }),
    },
    resolved,
  );
}
