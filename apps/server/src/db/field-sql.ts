import { foldSearchText, type FieldDefinition, type SortDirection } from '@ticketkit/core';
import { containsPattern } from './search-text';
import type { Params } from './sql';

/**
 * The condition of one custom field filter on `tickets t`, with the memory adapter's meaning (core's
 * `TicketQuery.fields`): a number, day or choice is equal, a multichoice has the option — each a containment test the
 * GIN index on `fields` answers — and text, URL and email contain the folded filter text, case and accents ignored.
 * `value` is already checked against `field` by `normalizeQuery`.
 */
export function fieldFilterCondition(field: FieldDefinition, value: string, params: Params): string {
  switch (field.type) {
    case 'number':
      return `t.fields @> ${params.param(JSON.stringify({ [field.id]: Number(value) }))}::jsonb`;
    case 'multichoice':
      return `t.fields @> ${params.param(JSON.stringify({ [field.id]: [value] }))}::jsonb`;
    case 'date':
    case 'choice':
      return `t.fields @> ${params.param(JSON.stringify({ [field.id]: value }))}::jsonb`;
    default:
      return `(t.fields_folded ->> ${params.param(field.id)}::text) LIKE ${params.param(containsPattern(foldSearchText(value)))}`;
  }
}

/**
 * A model ID as an SQL string literal. IDs of fields and options are checked by `defineTicketModel` (letters, digits,
 * `_` and `-` only), so this never meets a quote; one is doubled all the same. They come from the server's
 * configuration, never from a request, and are written into the text so that a sort matches its expression index.
 */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The sort key of a custom field, an expression over the `tickets` row (no alias): numbers by value, choices by the
 * model's order of their options (a multichoice by its first), text and days by their lower case in code point order
 * (the memory adapter's code-unit order differs only for characters past U+FFFF against U+E000–U+FFFF). NULL for a
 * ticket without a value. `fieldSortIndexes` indexes the same expression; `table` qualifies the columns, e.g. `t.`.
 */
export function fieldSortKey(field: FieldDefinition, table = ''): string {
  const id = literal(field.id);
  const fields = `${table}fields`;
  switch (field.type) {
    case 'number':
      return `CASE WHEN jsonb_typeof(${fields} -> ${id}) = 'number' THEN (${fields} ->> ${id})::numeric END`;
    case 'choice':
    case 'multichoice': {
      const chosen = field.type === 'choice' ? `(${fields} ->> ${id})` : `(${fields} -> ${id} ->> 0)`;
      // An option the model no longer has sorts before the first, as its rank (-1) does in memory.
      const options = `ARRAY[${(field.options ?? []).map((option) => literal(option.id)).join(', ')}]::text[]`;
      return `CASE WHEN ${chosen} IS NOT NULL THEN coalesce(array_position(${options}, ${chosen}), 0) END`;
    }
    default:
      // The value in JavaScript's lower case, written with it (`fields_lower`): PostgreSQL's lower() under the C
      // locale would leave every letter outside ASCII as it is.
      return `((${table}fields_lower ->> ${id}) COLLATE "C")`;
  }
}

/**
 * The ORDER BY term of a sort on a custom field of `tickets t`, with the memory adapter's order (`fieldSortKey`).
 * A ticket without a value comes last in both directions.
 */
export function fieldSortTerm(field: FieldDefinition, direction: SortDirection): string {
  return `(${fieldSortKey(field, 't.')}) ${direction === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`;
}
