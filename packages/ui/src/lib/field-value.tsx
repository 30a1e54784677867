import type { FieldDefinition } from '@ticketkit/core';
import type { ReactNode } from 'react';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { Formatter } from './format';

/** A custom field value as plain text: numbers and days for the locale, options by their labels; `''` when empty. */
export function fieldValueText(field: FieldDefinition, value: unknown, format: Formatter): string {
  if (value === undefined || value === null || value === '') return '';
  const label = (id: unknown) => field.options?.find((option) => option.id === id)?.label ?? String(id);
  switch (field.type) {
    case 'number':
      return typeof value === 'number' ? format.number(value) : String(value);
    case 'date':
      return typeof value === 'string' ? format.day(value) : String(value);
    case 'choice':
      return label(value);
    case 'multichoice':
      return Array.isArray(value) ? value.map(label).join(', ') : label(value);
    default:
      return String(value);
  }
}

/** Props of `FieldValue`. */
export interface FieldValueProps {
  field: FieldDefinition;
  value: unknown;
  format: Formatter;
  /** What an empty value reads as to assistive technology (a dash is shown). */
  emptyLabel: string;
  className?: string;
}

/**
 * A custom field value rendered as text by its type: a URL as a link (http and https only — the model refuses the
 * rest), an email as a `mailto:` link, a date as a `<time>`. An empty value is a muted dash read as `emptyLabel`.
 */
export function FieldValue({ field, value, format, emptyLabel, className }: FieldValueProps): ReactNode {
  const text = fieldValueText(field, value, format);
  if (text === '') {
    return (
      <span data-slot="field-value" data-empty="" className={className}>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{emptyLabel}</VisuallyHidden>
      </span>
    );
  }
  if (field.type === 'url' && typeof value === 'string' && /^https?:\/\//i.test(value)) {
    return (
      <a data-slot="field-value" href={value} rel="noopener noreferrer" className={className}>
        {text}
      </a>
    );
  }
  if (field.type === 'email' && typeof value === 'string') {
    return (
      <a data-slot="field-value" href={`mailto:${value}`} className={className}>
        {text}
      </a>
    );
  }
  if (field.type === 'date' && typeof value === 'string') {
    return (
      <time data-slot="field-value" dateTime={value} className={className}>
        {text}
      </time>
    );
  }
  return (
    <span data-slot="field-value" className={className}>
      {text}
    </span>
  );
}
