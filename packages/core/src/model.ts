import { ValidationError } from './errors';
import { unstorableText } from './input';

/**
 * Whose move a status means: `active` — the team's (the ticket needs work), `waiting` — someone else's (the end user,
 * a supplier), `done` — nobody's. Colours, the "Unsolved" filter (every status not `done`) and the rule that a reply
 * to a `done` ticket reopens it follow the category, never a status's ID.
 */
export type StatusCategory = 'active' | 'waiting' | 'done';

/** The status categories, in the order a queue shows them. */
export const STATUS_CATEGORIES: readonly StatusCategory[] = ['active', 'waiting', 'done'];

/** One status of a host's model, e.g. `{ id: 'pending_customer', label: 'Pending customer', category: 'waiting' }`. */
export interface StatusDefinition {
  /** What the backend stores; 1–64 characters from `A–Z a–z 0–9 _ -`. */
  readonly id: string;
  /** What people read, when the UI's messages do not name this status. */
  readonly label: string;
  readonly category: StatusCategory;
}

/** One priority of a host's model, e.g. `{ id: 'p1', label: 'P1' }`. A model lists them lowest first. */
export interface PriorityDefinition {
  /** What the backend stores; 1–64 characters from `A–Z a–z 0–9 _ -`. */
  readonly id: string;
  readonly label: string;
}

/**
 * The kinds of custom field. Values: `text`, `url`, `email` — a string; `number` — a finite number; `date` — a
 * calendar day `YYYY-MM-DD`; `choice` — one option's ID; `multichoice` — a list of option IDs (tags are one).
 */
export type FieldType = 'text' | 'number' | 'date' | 'choice' | 'multichoice' | 'url' | 'email';

/** Every field type. */
export const FIELD_TYPES: readonly FieldType[] = ['text', 'number', 'date', 'choice', 'multichoice', 'url', 'email'];

/** One option of a `choice` or `multichoice` field. */
export interface FieldOption {
  readonly id: string;
  readonly label: string;
}

/** A custom field of a host's model, e.g. `{ id: 'orderId', label: 'Order', type: 'number', filterable: true }`. */
export interface FieldDefinition {
  /** The key of the value in `ticket.fields`; a letter, then letters, digits or `_` (at most 64). */
  readonly id: string;
  readonly label: string;
  readonly type: FieldType;
  /** The options of a `choice` or `multichoice` field; required for those, refused for the others. */
  readonly options?: readonly FieldOption[];
  /** Changed by the team through `updateTicket`'s patch (`{ fields: { [id]: value } }`) with the version. */
  readonly editable?: boolean;
  /** Offered as a filter of the list (and kept in the URL). */
  readonly filterable?: boolean;
  /** Offered as a sort of the list. */
  readonly sortable?: boolean;
}

/** A value of a custom field: `null` or absent when the ticket has none. */
export type FieldValue = string | number | readonly string[] | null;

/** The values of a ticket's custom fields, by field ID. */
export type TicketFields = { readonly [fieldId: string]: FieldValue | undefined };

type OptionIds<F> = F extends { readonly options: readonly (infer O)[] } ? (O extends { readonly id: infer I extends string } ? I : string) : string;

/** The value type of one field definition. */
export type FieldValueOf<F extends FieldDefinition> = F['type'] extends 'number'
  ? number
  : F['type'] extends 'multichoice'
    ? readonly OptionIds<F>[]
    : F['type'] extends 'choice'
      ? OptionIds<F>
      : string;

/** The `fields` of a ticket under a list of field definitions: each optional, `null` when empty. */
export type FieldValuesOf<Fs extends readonly FieldDefinition[]> = {
  readonly [F in Fs[number] as F['id']]?: FieldValueOf<F> | null;
};

/** What `defineTicketModel` takes. Any part left out is the seed's. */
export interface TicketModelDefinition<Fs extends readonly FieldDefinition[] = readonly FieldDefinition[]> {
  /** The statuses, in the order menus show them. The first one is where a new ticket starts. */
  readonly statuses?: readonly StatusDefinition[];
  /** The priorities, lowest first: sorting by priority follows this order. */
  readonly priorities?: readonly PriorityDefinition[];
  readonly fields?: Fs;
}

/**
 * A host's ticket model: its statuses, priorities and custom fields. Made once with `defineTicketModel` and given to
 * every layer — `TicketsProvider` (`model`), `createMemoryAdapter`, the conformance suite — so each reads tickets the
 * same way. `Fields` is the type of `ticket.fields` it implies.
 */
export interface TicketModel<Fields extends TicketFields = TicketFields> {
  readonly statuses: readonly StatusDefinition[];
  readonly priorities: readonly PriorityDefinition[];
  readonly fields: readonly FieldDefinition[];
  /** The status with this ID, or `undefined`. */
  status(id: string): StatusDefinition | undefined;
  /** The priority with this ID, or `undefined`. */
  priority(id: string): PriorityDefinition | undefined;
  /** The custom field with this ID, or `undefined`. */
  field(id: string): FieldDefinition | undefined;
  /** The rank of a priority, 0 for the lowest; -1 for one not in the model. */
  priorityRank(id: string): number;
  /** The category of a status; `undefined` for one not in the model. */
  categoryOf(statusId: string): StatusCategory | undefined;
  /** The IDs of every status whose category is not `done`: what "Unsolved" means. */
  readonly unsolvedStatuses: readonly string[];
  /** Type-level only: the shape of `ticket.fields`. Never set. */
  readonly $fields?: Fields;
}

/** The `fields` type a model implies: `TicketFieldsOf<typeof model>`. */
export type TicketFieldsOf<M> = M extends TicketModel<infer F> ? F : TicketFields;

const MODEL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FIELD_ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function checkList<T extends { id: unknown; label: unknown }>(items: unknown, path: string, idPattern: RegExp, what: string): readonly T[] {
  if (!Array.isArray(items) || items.length === 0) throw new ValidationError(path, `expected a non-empty list of ${what}`);
  const seen = new Set<string>();
  items.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    if (typeof item !== 'object' || item === null) throw new ValidationError(at, `expected an object with id and label`);
    const { id, label } = item as { id: unknown; label: unknown };
    if (typeof id !== 'string' || !idPattern.test(id)) {
      throw new ValidationError(`${at}.id`, `expected an ID matching ${idPattern.source}, got ${JSON.stringify(id)}`);
    }
    if (seen.has(id)) throw new ValidationError(`${at}.id`, `duplicate ID ${JSON.stringify(id)}`);
    seen.add(id);
    if (typeof label !== 'string' || label.trim() === '') throw new ValidationError(`${at}.label`, 'expected a label that is not blank');
  });
  return items as T[];
}

/** The seed's statuses: Open, In progress (both the team's move), Closed. */
export const DEFAULT_STATUSES: readonly StatusDefinition[] = Object.freeze([
  { id: 'open', label: 'Open', category: 'active' },
  { id: 'in_progress', label: 'In progress', category: 'active' },
  { id: 'closed', label: 'Closed', category: 'done' },
] as const);

/** The seed's priorities, lowest first: Low, Normal, High, Urgent. */
export const DEFAULT_PRIORITIES: readonly PriorityDefinition[] = Object.freeze([
  { id: 'low', label: 'Low' },
  { id: 'normal', label: 'Normal' },
  { id: 'high', label: 'High' },
  { id: 'urgent', label: 'Urgent' },
] as const);

/**
 * Makes a ticket model from a host's definition, checking it whole: IDs well formed and unique, categories and
 * field types known, options for choice fields. Write the definition `as const` (or inline) so the field types flow
 * into `Ticket<TicketFieldsOf<typeof model>>` and the list's cell renderers.
 *
 * @example
 * const model = defineTicketModel({
 *   statuses: [
 *     { id: 'new', label: 'New', category: 'active' },
 *     { id: 'pending_customer', label: 'Pending customer', category: 'waiting' },
 *     { id: 'solved', label: 'Solved', category: 'done' },
 *   ],
 *   priorities: [{ id: 'p4', label: 'P4' }, { id: 'p3', label: 'P3' }, { id: 'p2', label: 'P2' }, { id: 'p1', label: 'P1' }],
 *   fields: [{ id: 'orderId', label: 'Order', type: 'number', filterable: true, sortable: true }],
 * });
 * @throws ValidationError naming the part at fault, e.g. `model.statuses[1].category`.
 */
export function defineTicketModel<const Fs extends readonly FieldDefinition[] = readonly []>(
  definition: TicketModelDefinition<Fs> = {},
): TicketModel<FieldValuesOf<Fs>> {
  const statuses = checkList<StatusDefinition>(definition.statuses ?? DEFAULT_STATUSES, 'model.statuses', MODEL_ID, 'statuses');
  statuses.forEach((status, index) => {
    // The status filter's own choices: a status with either ID could never be filtered on alone.
    if (status.id === 'all' || status.id === 'unsolved') {
      throw new ValidationError(`model.statuses[${index}].id`, `${JSON.stringify(status.id)} is the status filter's own choice; name the status otherwise`);
    }
    if (!STATUS_CATEGORIES.includes(status.category)) {
      throw new ValidationError(`model.statuses[${index}].category`, `expected one of ${STATUS_CATEGORIES.join(', ')}, got ${JSON.stringify(status.category)}`);
    }
  });
  const priorities = checkList<PriorityDefinition>(definition.priorities ?? DEFAULT_PRIORITIES, 'model.priorities', MODEL_ID, 'priorities');
  const fields: readonly FieldDefinition[] = definition.fields ?? [];
  if (fields.length > 0) checkList<FieldDefinition>(fields, 'model.fields', FIELD_ID, 'fields');
  fields.forEach((field, index) => {
    const at = `model.fields[${index}]`;
    if (!FIELD_TYPES.includes(field.type)) {
      throw new ValidationError(`${at}.type`, `expected one of ${FIELD_TYPES.join(', ')}, got ${JSON.stringify(field.type)}`);
    }
    const choices = field.type === 'choice' || field.type === 'multichoice';
    if (choices) checkList(field.options, `${at}.options`, MODEL_ID, 'options');
    else if (field.options !== undefined) throw new ValidationError(`${at}.options`, `only choice and multichoice fields have options`);
  });

  const statusById = new Map(statuses.map((status) => [status.id, status]));
  const priorityRanks = new Map(priorities.map((priority, rank) => [priority.id, rank]));
  const fieldById = new Map(fields.map((field) => [field.id, field]));
  return Object.freeze({
    statuses: Object.freeze(statuses.map((status) => Object.freeze({ ...status }))),
    priorities: Object.freeze(priorities.map((priority) => Object.freeze({ ...priority }))),
    fields: Object.freeze(fields.map((field) => Object.freeze({ ...field }))),
    status: (id: string) => statusById.get(id),
    priority: (id: string) => (priorityRanks.has(id) ? priorities[priorityRanks.get(id)!] : undefined),
    field: (id: string) => fieldById.get(id),
    priorityRank: (id: string) => priorityRanks.get(id) ?? -1,
    categoryOf: (id: string) => statusById.get(id)?.category,
    unsolvedStatuses: Object.freeze(statuses.filter((status) => status.category !== 'done').map((status) => status.id)),
  });
}

/** The seed's model: Open, In progress, Closed; Low … Urgent; no custom fields. Used wherever no model is given. */
export const defaultTicketModel: TicketModel<FieldValuesOf<readonly []>> = defineTicketModel();

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// One address and nothing else: no spaces, and none of `? & # / \ : , ;` or brackets, which a `mailto:` link would
// read as headers (a hidden Bcc, a prefilled body) or as a second address.
const EMAIL = /^[^\s@?&#/\\:,;<>()[\]"]+@[^\s@?&#/\\:,;<>()[\]"]+\.[^\s@?&#/\\:,;<>()[\]"]+$/;

/** The longest text value of a custom field, in characters. */
export const MAX_FIELD_TEXT_LENGTH = 1_000;

/**
 * Checks one custom field value against its definition. `null` clears it.
 * @throws ValidationError on `path` saying what the field expects.
 */
export function checkFieldValue(field: FieldDefinition, value: unknown, path: string): FieldValue {
  if (value === null) return null;
  const fail = (expected: string): never => {
    throw new ValidationError(path, `expected ${expected} for ${field.label}, got ${JSON.stringify(value)}`);
  };
  const optionIds = () => (field.options ?? []).map((option) => option.id);
  // Text no database stores faithfully (U+0000, an unpaired surrogate) is refused in every kind of value.
  const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  for (const text of texts) {
    const unstorable = unstorableText(text);
    if (unstorable) throw new ValidationError(path, `${field.label}: ${unstorable}`);
  }
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : fail('a finite number');
    case 'date':
      return typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
        ? value
        : fail('a calendar day as YYYY-MM-DD');
    case 'choice':
      return typeof value === 'string' && optionIds().includes(value) ? value : fail(`one of ${optionIds().join(', ')}`);
    case 'multichoice': {
      if (!Array.isArray(value)) return fail(`a list of ${optionIds().join(', ')}`);
      const ids = optionIds();
      const bad = value.find((item) => typeof item !== 'string' || !ids.includes(item));
      if (bad !== undefined) return fail(`a list of ${ids.join(', ')}`);
      return [...new Set(value as string[])];
    }
    case 'email':
      return typeof value === 'string' && value.length <= MAX_FIELD_TEXT_LENGTH && EMAIL.test(value) ? value : fail('an email address');
    case 'url': {
      if (typeof value !== 'string' || value.length > MAX_FIELD_TEXT_LENGTH) return fail('an http(s) URL');
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:' ? value : fail('an http(s) URL');
      } catch {
        return fail('an http(s) URL');
      }
    }
    default:
      return typeof value === 'string' && [...value].length <= MAX_FIELD_TEXT_LENGTH
        ? value
        : fail(`text of at most ${MAX_FIELD_TEXT_LENGTH} characters`);
  }
}

/** A value kept as it came when it no longer fits its field: text, a finite number or a list of text. */
function keptAsItCame(raw: unknown): FieldValue | undefined {
  if (typeof raw === 'string' || raw === null) return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) return raw as string[];
  return undefined;
}

/**
 * Checks a ticket's `fields` against the model. A missing `fields` is `{}`. Values of declared fields are checked
 * by type; with `lenient` (how tickets are read), a value that no longer fits — an option since removed, a field
 * whose type changed — is kept as it came when it is text, a number or a list of text (the UI shows it as text), so
 * one old value never hides a whole ticket; writes are always strict. Keys the model does not declare are kept (a
 * backend may carry more than this host shows), `__proto__` aside.
 * @throws ValidationError naming the field, e.g. `ticket.fields.orderId`.
 */
export function checkTicketFields(model: TicketModel, value: unknown, path: string, lenient = false): TicketFields {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ValidationError(path, 'expected an object of field values');
  const result: Record<string, FieldValue> = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (key === '__proto__') continue;
    const field = model.field(key);
    let checked: FieldValue | undefined;
    if (!field) checked = keptAsItCame(raw);
    else if (!lenient) checked = checkFieldValue(field, raw, `${path}.${key}`);
    else {
      try {
        checked = checkFieldValue(field, raw, `${path}.${key}`);
      } catch {
        checked = keptAsItCame(raw);
      }
    }
    if (checked !== undefined) result[key] = checked;
  }
  return result;
}
