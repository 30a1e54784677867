import {
  MAX_FIELD_FILTER_LENGTH,
  MAX_FIELD_TEXT_LENGTH,
  TICKET_SORT_FIELDS,
  fieldSort,
  type FieldDefinition,
  type TicketModel,
} from '@ticketkit/core';
import { readFileSync } from 'node:fs';

/** The text of `openapi.yaml` as committed: the document for core's default model, and the template of every other. */
export function openApiTemplate(): string {
  return readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
}

const YAML_WORDS = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A scalar as YAML: plain when it cannot be read as anything but that string, else JSON-quoted (valid YAML). */
function scalar(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(text) && !YAML_WORDS.test(text) ? text : JSON.stringify(text);
}

const list = (items: readonly string[]) => `[${items.map(scalar).join(', ')}]`;

/** What a field's filter parameter means, in a sentence. */
function filterMeaning(field: FieldDefinition): string {
  switch (field.type) {
    case 'number': return 'equal to this number';
    case 'date': return 'on this calendar day';
    case 'choice': return 'this option';
    case 'multichoice': return 'has this option';
    default: return `contains this text, case and accents ignored (at most ${MAX_FIELD_FILTER_LENGTH} characters)`;
  }
}

/** The JSON Schema (one line of YAML flow) of a field filter parameter. */
function filterSchema(field: FieldDefinition): string {
  const options = (field.options ?? []).map((option) => option.id);
  switch (field.type) {
    case 'number': return '{ type: number }';
    case 'date': return '{ type: string, format: date }';
    case 'choice':
    case 'multichoice': return `{ type: string, enum: ${list(options)} }`;
    default: return `{ type: string, minLength: 1, maxLength: ${MAX_FIELD_FILTER_LENGTH} }`;
  }
}

/** The JSON Schema (one line of YAML flow) of a field's value, `null` included when `nullable`. */
function valueSchema(field: FieldDefinition, nullable: boolean): string {
  const options = (field.options ?? []).map((option) => option.id);
  const types = (type: string) => (nullable ? `[${type}, 'null']` : type);
  const description = `description: ${JSON.stringify(field.label)}`;
  switch (field.type) {
    case 'number': return `{ type: ${types('number')}, ${description} }`;
    case 'date': return `{ type: ${types('string')}, format: date, ${description} }`;
    case 'choice': return `{ type: ${types('string')}, enum: [${[...options.map(scalar), ...(nullable ? ['null'] : [])].join(', ')}], ${description} }`;
    case 'multichoice': return `{ type: ${types('array')}, uniqueItems: true, items: { type: string, enum: ${list(options)} }, ${description} }`;
    case 'url': return `{ type: ${types('string')}, format: uri, maxLength: ${MAX_FIELD_TEXT_LENGTH}, ${description} }`;
    case 'email': return `{ type: ${types('string')}, format: email, maxLength: ${MAX_FIELD_TEXT_LENGTH}, ${description} }`;
    default: return `{ type: ${types('string')}, maxLength: ${MAX_FIELD_TEXT_LENGTH}, ${description} }`;
  }
}

/** The lines of each `# model: <name>` region, relative to the marker's indentation. */
function regions(model: TicketModel): Record<string, string[]> {
  const statuses = model.statuses.map((status) => status.id);
  const priorities = model.priorities.map((priority) => priority.id);
  const sorts = [...TICKET_SORT_FIELDS, ...model.fields.filter((field) => field.sortable).map((field) => fieldSort(field.id))];
  const filterable = model.fields.filter((field) => field.filterable);
  const editable = model.fields.filter((field) => field.editable);
  return {
    'status-filter': [
      '- name: status',
      '  in: query',
      '  description: A status of the model, `all`, or `unsolved` (every status whose category is not `done`).',
      `  schema: { type: string, enum: ${list(['all', 'unsolved', ...statuses])}, default: all }`,
    ],
    'priority-filter': [
      '- name: priority',
      '  in: query',
      '  description: Priorities of the model, any of which passes, as one comma-separated list (`priority=high,urgent`). Absent for any.',
      '  style: form',
      '  explode: false',
      `  schema: { type: array, uniqueItems: true, items: { type: string, enum: ${list(priorities)} } }`,
    ],
    sort: [
      '- name: sort',
      '  in: query',
      "  description: A built-in order (`priority` follows the model's order of priorities) or `fields.<field ID>` of a sortable custom field.",
      `  schema: { type: string, enum: ${list(sorts)}, default: createdAt }`,
    ],
    'field-filters': filterable.flatMap((field) => [
      `- name: ${scalar(`f.${field.id}`)}`,
      '  in: query',
      `  description: ${JSON.stringify(`${field.label} (${field.type}): ${filterMeaning(field)}.`)}`,
      `  schema: ${filterSchema(field)}`,
    ]),
    'ticket-status': [`status: { type: string, enum: ${list(statuses)} }`],
    'ticket-priority': [`priority: { type: string, enum: ${list(priorities)}, description: The model's priorities, lowest first. }`],
    'patch-status': [`status: { type: string, enum: ${list(statuses)} }`],
    'patch-priority': [`priority: { type: string, enum: ${list(priorities)} }`],
    'field-schemas': [
      'TicketFields:',
      '  type: object',
      '  description: |',
      "    Values of the model's custom fields by field ID; a field without a value is absent. Keys the model does not",
      '    declare may appear (values written under an earlier model) and are returned as stored.',
      `  properties: ${model.fields.length === 0 ? '{}' : ''}`.trimEnd(),
      ...model.fields.map((field) => `    ${field.id}: ${valueSchema(field, false)}`),
      'TicketFieldsPatch:',
      '  type: object',
      "  description: The model's editable custom fields to set; `null` clears one. Any other key is 400 naming it.",
      '  additionalProperties: false',
      `  properties: ${editable.length === 0 ? '{}' : ''}`.trimEnd(),
      ...editable.map((field) => `    ${field.id}: ${valueSchema(field, true)}`),
    ],
  };
}

const BEGIN = /^( *)# model: ([a-z-]+)$/;

/**
 * The OpenAPI document for `model`: `openapi.yaml` with every region between `# model: <name>` and
 * `# end model: <name>` written for the model's statuses, priorities, field filters, sorts and field schemas.
 * For core's default model it is the committed file itself. @throws Error for a template whose regions do not match.
 */
export function openApiDocument(model: TicketModel, template = openApiTemplate()): string {
  const generated = regions(model);
  const out: string[] = [];
  const lines = template.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    const begin = BEGIN.exec(line);
    if (!begin) continue;
    const [, indent, name] = begin as unknown as [string, string, string];
    const body = generated[name];
    if (!body) throw new Error(`openapi.yaml: unknown region ${name}`);
    const end = lines.indexOf(`${indent}# end model: ${name}`, i + 1);
    if (end < 0) throw new Error(`openapi.yaml: region ${name} is not closed`);
    out.push(...body.map((text) => indent + text), lines[end]!);
    i = end;
  }
  return out.join('\n');
}
