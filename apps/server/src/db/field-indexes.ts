import type { TicketModel } from '@ticketkit/core';
import { createHash } from 'node:crypto';
import type { Database } from './database';
import { fieldSortKey } from './field-sql';

/** What the name of every index made for a custom field sort starts with. */
export const FIELD_SORT_INDEX_PREFIX = 'tickets_fsort_';

/** One index the configured model's sorts need. */
export interface FieldSortIndex {
  name: string;
  definition: string;
}

/**
 * The indexes the sortable custom fields of `model` need: one per field and direction, on the very sort key a list
 * orders by (`fieldSortKey`), NULLS LAST, then the list's tie-breakers, so that a page sorted by a field is read in
 * order and stops early, as the built-in sorts are. The name carries a hash of the definition: a field whose type or
 * options change gets a new index.
 */
export function fieldSortIndexes(model: TicketModel): FieldSortIndex[] {
  return model.fields
    .filter((field) => field.sortable)
    .flatMap((field) =>
      (['asc', 'desc'] as const).map((direction) => {
        const key = `(${fieldSortKey(field)}) ${direction === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`;
        const hash = createHash('sha256').update(`${field.id}\n${key}`).digest('hex').slice(0, 10);
        const name = `${FIELD_SORT_INDEX_PREFIX}${field.id.slice(0, 30).toLowerCase()}_${hash}_${direction}`;
        return { name, definition: `CREATE INDEX ${name} ON tickets (${key}, created_at DESC, id)` };
      }),
    );
}

/**
 * Makes the database's custom field sort indexes those of `model`: creates the missing ones and drops those of fields
 * no longer sortable (or defined differently). Run at start-up; one transaction, serialised between processes. A
 * database serves one model: two servers with different models on it would undo each other's indexes.
 */
export async function ensureFieldSortIndexes(db: Database, model: TicketModel): Promise<{ created: string[]; dropped: string[] }> {
  const wanted = fieldSortIndexes(model);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7261002)');
    const rows = await tx.query<{ name: string }>(
      `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'tickets' AND starts_with(indexname, $1)`,
      [FIELD_SORT_INDEX_PREFIX],
    );
    const existing = new Set(rows.map((row) => row.name));
    const names = new Set(wanted.map((index) => index.name));
    const dropped = [...existing].filter((name) => !names.has(name));
    // Names are made by fieldSortIndexes (prefix, a lower-case field ID, hex digits), or matched its prefix above.
    for (const name of dropped) await tx.query(`DROP INDEX "${name.replace(/"/g, '""')}"`);
    const created: string[] = [];
    for (const index of wanted) {
      if (existing.has(index.name)) continue;
      await tx.query(index.definition);
      created.push(index.name);
    }
    if (created.length > 0) await tx.query('ANALYZE tickets');
    return { created, dropped };
  });
}
