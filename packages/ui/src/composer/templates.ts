import type { Ticket, Viewer } from '@ticketkit/core';

/**
 * A saved reply a host offers in the composer. `body` is plain text with placeholders, filled in when it is inserted:
 * `{{requester.name}}`, `{{requester.firstName}}`, `{{requester.email}}`, `{{ticket.id}}`, `{{ticket.subject}}`,
 * `{{assistant.name}}` and `{{viewer.name}}` (the agent writing). An unknown placeholder is left as written, so a typo
 * shows rather than vanishing.
 *
 * ```ts
 * const templates: ReplyTemplate[] = [
 *   { id: 'refund', name: 'Refund sent', body: 'Hi {{requester.firstName}}, your refund for {{ticket.id}} is on its way.' },
 * ];
 * ```
 */
export interface ReplyTemplate {
  /** Stable and unique among the templates. */
  id: string;
  /** What the menu shows and filters on. */
  name: string;
  /** The text inserted, with placeholders. */
  body: string;
  /** Where it is offered: in replies (default), in internal notes, or both. */
  mode?: 'reply' | 'note' | 'both';
}

/** What the placeholders of a template are filled from. */
export interface TemplateContext {
  ticket: Ticket;
  viewer: Pick<Viewer, 'name'>;
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\.([a-zA-Z]+)\s*\}\}/g;

/** The template's text with its placeholders filled in for `context`. Values are inserted as text. */
export function fillTemplate(body: string, { ticket, viewer }: TemplateContext): string {
  const values: Record<string, Record<string, string>> = {
    requester: { name: ticket.requester.name, firstName: ticket.requester.name.trim().split(/\s+/u)[0] ?? '', email: ticket.requester.email },
    ticket: { id: ticket.id, subject: ticket.subject },
    assistant: { name: ticket.assistant.name },
    viewer: { name: viewer.name },
  };
  return body.replace(PLACEHOLDER, (whole, group: string, key: string) => (Object.hasOwn(values, group) && Object.hasOwn(values[group]!, key) ? values[group]![key]! : whole));
}

/** The templates offered in `mode`. */
export function templatesFor(templates: readonly ReplyTemplate[], mode: 'reply' | 'note'): ReplyTemplate[] {
  return templates.filter((template) => (template.mode ?? 'reply') === mode || template.mode === 'both');
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The templates whose name holds every word of `filter` (accents and case ignored), in the host's order. */
export function filterTemplates(templates: readonly ReplyTemplate[], filter: string): ReplyTemplate[] {
  const words = fold(filter).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [...templates];
  return templates.filter((template) => {
    const name = fold(template.name);
    return words.every((word) => name.includes(word));
  });
}

/**
 * The "/" trigger: when the line holding the caret reads `/word` up to the caret (nothing else before it on the line),
 * where it starts and what was typed after the slash; otherwise `null`.
 */
export function slashQuery(text: string, caret: number): { start: number; query: string } | null {
  const start = text.lastIndexOf('\n', caret - 1) + 1;
  const typed = text.slice(start, caret);
  return /^\/[^\s/]*$/u.test(typed) ? { start, query: typed.slice(1) } : null;
}

/** `text` with `insert` put in place of `[from, to)`, and where the caret goes after it. */
export function insertText(text: string, from: number, to: number, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}
