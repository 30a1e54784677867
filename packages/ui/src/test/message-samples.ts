import { defaultMessages, type TicketsUIMessages } from '../messages/messages';

/** A string of the messages, or a function that makes one. */
type MessageLeaf = string | ((...args: never[]) => string);

/** Every string and function of `messages` by its dotted path (`detail.conversation.count`). */
export function messageLeaves(messages: object, prefix = ''): Map<string, MessageLeaf> {
  const leaves = new Map<string, MessageLeaf>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'function') leaves.set(path, value as MessageLeaf);
    else if (typeof value === 'object' && value !== null) for (const [p, leaf] of messageLeaves(value, path)) leaves.set(p, leaf);
  }
  return leaves;
}

/** Stands for a value a message receives (a name, a formatted number): `mark(0)`, `mark(1)`… */
const MARK = '\u{E000}';
const mark = (index: number) => `${MARK}${index}`;
const MARKS = new RegExp(`${MARK}\\d`, 'u');

/**
 * Arguments to call each function message with: counts with the numbers whose plural forms differ most (1, 2, 3, 11,
 * 100), a field with and without a name. A function message missing here fails the pack tests.
 */
export const SAMPLE_ARGS: Record<string, readonly (readonly unknown[])[]> = {
  'common.errors.validation': [[mark(0)], [null]],
  'list.rejected': [1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'list.invalidQuery': [[mark(0)], [null]],
  'filters.statusTrigger': [[mark(0)]],
  'filters.searchShortcut': [[mark(0)]],
  'filters.summaryCount': [1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'filters.chipStatus': [[mark(0)]],
  'filters.fieldTrigger': [[mark(0), mark(1)]],
  'filters.fieldInputLabel': [[mark(0)]],
  'filters.chipField': [[mark(0), mark(1)]],
  'common.permissions.notOwner': [[{ assistant: mark(0), verb: 'see' }], [{ assistant: mark(0), verb: 'change' }]],
  'filters.chipDate': [[mark(0)]],
  'filters.chipSearch': [[mark(0)]],
  'filters.removeFilter': [[mark(0)]],
  'pagination.page': [[mark(0)]],
  'pagination.currentPage': [[mark(0)]],
  'pagination.position': [[mark(0), mark(1)]],
  'pagination.range': [[mark(0), mark(1), mark(2), 100]],
  'pagination.jumpInvalid': [[mark(0), mark(1)]],
  'detail.label': [[mark(0)]],
  'detail.actionFailed': [[mark(0)]],
  'detail.conversation.count': [0, 1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'detail.conversation.byline': [[mark(0), mark(1)]],
  'detail.reply.failed': [[mark(0)]],
  'detail.fields.edit': [[mark(0)]],
  'detail.fields.invalid.text': [[mark(0)]],
  'detail.fields.invalid.number': [[mark(0)]],
  'detail.fields.invalid.date': [[mark(0)]],
  'detail.fields.invalid.choice': [[mark(0)]],
  'detail.fields.invalid.multichoice': [[mark(0)]],
  'detail.fields.invalid.url': [[mark(0)]],
  'detail.fields.invalid.email': [[mark(0)]],
  'notes.byline': [[mark(0), mark(1)]],
  'notes.failed': [[mark(0)]],
  'list.waiting': [[mark(0)]],
  'list.selectTicket': [[mark(0)]],
  'queue.assigneeTrigger': [[mark(0)]],
  'queue.priorityTrigger': [[mark(0)]],
  'queue.sortTrigger': [[mark(0)]],
  'queue.bulk.selected': [1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'queue.bulk.selectAllMatching': [1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'queue.bulk.allMatchingSelected': [1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'queue.bulk.working': [[mark(0), mark(1)]],
  'queue.bulk.tooMany': [[mark(0)]],
  'queue.bulk.changed': [0, 1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'queue.bulk.conflicted': [1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'queue.bulk.failed': [1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'queue.bulk.ticketReason': [[mark(0), mark(1)]],
  'queue.views.rename': [[mark(0)]],
  'queue.views.remove': [[mark(0)]],
  'timeline.notesCount': [0, 1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'timeline.noteBy': [[mark(0)]],
  'timeline.statusChanged': [[mark(0), mark(1), mark(2)]],
  'timeline.priorityChanged': [[mark(0), mark(1), mark(2)]],
  'timeline.assigned': [[mark(0), mark(1)]],
  'timeline.unassigned': [[mark(0), mark(1)]],
  'timeline.reassigned': [[mark(0), mark(1), mark(2)]],
  'timeline.fieldChanged': [[mark(0), mark(1), mark(2), mark(3)]],
  'timeline.composer.sendAndSet': [[mark(0)]],
  'timeline.composer.sentAndSet': [[mark(0)]],
  'timeline.composer.templateInserted': [[mark(0)]],
  'timeline.header.position': [[mark(0), mark(1)]],
  'timeline.header.walk': [[mark(0), mark(1)]],
  'timeline.requesterTickets.title': [0, 1, 2, 3, 11, 100].map((n) => [n, mark(0)]),
  'insights.lastDays': [[7], [30], [90]],
  'insights.rangeSummary': [[mark(0)]],
  'insights.perDaySummary': [[mark(0), mark(1), mark(2)]],
  'insights.assistantHeading': [1, 2, 3, 11, 100].map((n) => [mark(0), mark(1), n]),
  'insights.groupCount': [1, 2, 3, 11, 100].map((n) => [mark(0), n]),
  'insights.change': [[mark(0), mark(1)]],
  'insights.openGroup': [[mark(0), mark(1)]],
  'insights.exporting': [[mark(0), mark(1)]],
  'insights.exportDone': [1, 2, 3, 11, 100].map((n) => [mark(0), n]),
  'insights.exportFailed': [[mark(0)]],
  'insights.chipTopic': [[mark(0)]],
  'insights.chipHandoffTopic': [[mark(0)]],
  'insights.chipAssistant': [[mark(0)]],
};

/** What each message of `messages` says, by path: a string as it is, a function called with each of its samples. */
export function sampleTexts(messages: TicketsUIMessages): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const [path, leaf] of messageLeaves(messages)) {
    if (typeof leaf === 'string') {
      texts.set(path, [leaf]);
      continue;
    }
    const samples = SAMPLE_ARGS[path];
    if (!samples) throw new Error(`No sample arguments for the message function ${path}: add them to SAMPLE_ARGS.`);
    texts.set(path, samples.map((args) => (leaf as (...values: unknown[]) => string)(...args)));
  }
  return texts;
}

/** The paths where `pack` says exactly what English says (with the same values). */
export function sameAsEnglish(pack: TicketsUIMessages): string[] {
  const english = sampleTexts(defaultMessages);
  const translated = sampleTexts(pack);
  return [...english].filter(([path, texts]) => texts.some((text, i) => translated.get(path)?.[i] === text)).map(([path]) => path);
}

/** A test for one English message: whether a text on screen is it (a function's values may be anything). */
export interface EnglishMatcher {
  path: string;
  english: string;
  matches: (text: string) => boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Tests for the English messages that `pack` words differently: a text on screen equal to one of them (a function's
 * values standing for any text) is English left over. Texts without a Latin letter of their own (`{a}, {b}`) are
 * left out: they would match anything.
 */
export function englishMatchers(pack: TicketsUIMessages): EnglishMatcher[] {
  const same = new Set(sameAsEnglish(pack));
  const matchers: EnglishMatcher[] = [];
  for (const [path, texts] of sampleTexts(defaultMessages)) {
    if (same.has(path)) continue;
    for (const english of new Set(texts)) {
      const literals = english.split(MARKS);
      if (!literals.some((literal) => /[A-Za-z]/.test(literal))) continue;
      const pattern = new RegExp(`^${literals.map((literal) => escapeRegExp(literal.trim())).join('.+?')}$`, 'su');
      matchers.push({ path, english, matches: (text) => pattern.test(text.trim()) });
    }
  }
  return matchers;
}
