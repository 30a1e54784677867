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
 * The ORDER BY term of a sort on a custom field, with the memory adapter's order: numbers by value, choices by the
 * model's order of their options (a multichoice by its first), text and days by their lower case in code point order
 * (the memory adapter's code-unit order differs only for characters past U+FFFF against U+E000–U+FFFF). A ticket
 * without a value (absent, null or no option) comes last in both directions.
 */
export function fieldSortTerm(field: FieldDefinition, direction: SortDirection, params: Params): string {
  const id = `${params.param(field.id)}::text`;
  let key: string;
  switch (field.type) {
    case 'number':
      key = `CASE WHEN jsonb_typeof(t.fields -> ${id}) = 'number' THEN (t.fields ->> ${id})::numeric END`;
      break;
    case 'choice':
    case 'multichoice': {
      const chosen = field.type === 'choice' ? `(t.fields ->> ${id})` : `(t.fields -> ${id} ->> 0)`;
      // An option the model no longer has sorts before the first, as its rank (-1) does in memory.
      const options = params.param((field.options ?? []).map((option) => option.id));
      key = `CASE WHEN ${chosen} IS NOT NULL THEN coalesce(array_position(${options}::text[], ${chosen}), 0) END`;
      break;
    }
    default:
      // The value in JavaScript's lower case, written with it (`fields_lower`), compared by code point.
      key = `(t.fields_lower ->> ${id}) COLLATE "C"`;
  }
  return `${key} ${direction === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`;
}
