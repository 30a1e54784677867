import type { FieldDefinition, FieldValue } from '@ticketkit/core';
import type { ReactNode } from 'react';
import { safeHref } from '../conversation/linkify';
import type { Formatter } from '../lib/format';
import type { ModelText } from '../lib/model-text';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { TicketDetailPart } from './parts';

/** Whether a field has no value: absent, `null`, an empty string or an empty list. */
export function isEmptyFieldValue(value: FieldValue | undefined): value is null | undefined | '' | readonly [] {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** A field's number in the locale, with every decimal it has (the formatter's `number` rounds to whole numbers). */
function formatFieldNumber(locale: string, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 })));
  return format.format(value);
}

function formatList(locale: string, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: 'short', type: 'unit' })));
  return format.format(items);
}

/**
 * A field's value as plain text for its type: numbers and dates in the provider's locale, options by their labels;
 * `null` when empty. For buttons and accessible names.
 */
export function fieldValueText(field: FieldDefinition, value: FieldValue | undefined, format: Formatter, words: ModelText): string | null {
  if (isEmptyFieldValue(value)) return null;
  if (Array.isArray(value)) return formatList(format.locale, value.map((id) => words.option(field, id)));
  if (typeof value === 'number') return formatFieldNumber(format.locale, value);
  if (field.type === 'date') return format.day(value as string);
  if (field.type === 'choice') return words.option(field, value as string);
  return String(value);
}

/** Props of `FieldValueText`. */
export interface FieldValueTextProps {
  field: FieldDefinition;
  value: FieldValue | undefined;
  format: Formatter;
  words: ModelText;
  messages: TicketsUIMessages;
  /** The detail's parts; without it (a list cell) the parts are `data-slot="field-empty"` and `"field-link"`. */
  slot?: SlotFn<TicketDetailPart>;
}

/**
 * A field's value shown for its type, always as text: a URL as a link opening in a new tab (http and https only), an
 * email as a `mailto:` link, an empty value as a muted dash that says "not set" to assistive technology.
 */
export function FieldValueText({ field, value, format, words, messages, slot }: FieldValueTextProps): ReactNode {
  const part = (name: 'empty' | 'link') => (slot ? slot(name) : { 'data-slot': `field-${name}` });
  const text = fieldValueText(field, value, format, words);
  if (text === null) {
    return (
      <span {...part('empty')}>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{messages.detail.fields.notSet}</VisuallyHidden>
      </span>
    );
  }
  if (field.type === 'url') {
    const href = safeHref(text);
    if (href) {
      return (
        <a {...part('link')} href={href} target="_blank" rel="noopener noreferrer">
          {text}
          <VisuallyHidden> {messages.detail.conversation.newTab}</VisuallyHidden>
        </a>
      );
    }
  }
  if (field.type === 'email') {
    // The address alone, encoded: nothing in it can become a header of the mail (`?bcc=`, `&body=`).
    const href = safeHref(`mailto:${encodeURIComponent(text).replace(/%40/g, '@')}`);
    if (href) {
      return (
        <a {...part('link')} href={href}>
          {text}
        </a>
      );
    }
  }
  if (field.type === 'date') return <time dateTime={value as string}>{text}</time>;
  return text;
}
