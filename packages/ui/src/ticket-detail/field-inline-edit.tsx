import { checkFieldValue, type FieldDefinition, type FieldValue } from '@ticketkit/core';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { localeNumberText, normalizeLocaleNumber } from '../lib/locale-number';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { TicketDetailPart } from './parts';

/** Props of `FieldInlineEdit`. */
export interface FieldInlineEditProps {
  /** A `text`, `number`, `date`, `url` or `email` field. */
  field: FieldDefinition;
  value: FieldValue | undefined;
  /** The ticket's version on screen: an edit is saved against the version it was opened on. */
  version: number;
  /** How numbers are typed (`12,5` in German). Default `en-US`. */
  locale?: string;
  /** ID of the field's visible label (its `dt`): the input is named by it. */
  labelId: string;
  /** What the button shows: the value as text, or the dash of an empty one. */
  display: ReactNode;
  /**
   * A value that is a link of its own (a URL, an email): shown before the button, which then shows a pencil only
   * (a link inside a button could be neither followed nor announced).
   */
  linkedValue?: ReactNode;
  disabledReasonId?: string | undefined;
  /**
   * Sends the checked value (`null` clears the field) with the version the edit was opened on: a change made by
   * someone else meanwhile is then a conflict, never overwritten unseen.
   */
  onSave: (value: FieldValue, seenVersion: number) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketDetailPart>;
}

const INPUT_TYPES: Partial<Record<FieldDefinition['type'], string>> = { date: 'date', url: 'url', email: 'email' };

/**
 * What was typed, as the value the field would store: `null` when blank, a number for a number field (written the
 * locale's way: `12,5` in German is 12.5).
 */
function parseDraft(field: FieldDefinition, draft: string, locale: string): unknown {
  const trimmed = field.type === 'text' ? draft : draft.trim();
  if (trimmed.trim() === '') return null;
  if (field.type !== 'number') return trimmed;
  return parseNumber(normalizeLocaleNumber(trimmed, locale));
}

function parseNumber(trimmed: string): unknown {
  // `Number('')` and `Number('0x10')` are numbers; only a plain decimal is one here, anything else stays text and fails.
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * An editable text, number, date, URL or email field: a button showing the value; pressed, an input with Save and
 * Cancel (Enter saves, Escape cancels). What was typed is checked with the model's `checkFieldValue` before anything
 * is sent; a refusal is said beside the input (tied to it with `aria-describedby`) and nothing is sent.
 */
export function FieldInlineEdit({ field, value, version, locale = 'en-US', labelId, display, linkedValue, disabledReasonId, onSave, messages, slot }: FieldInlineEditProps): ReactNode {
  const text = messages.detail.fields;
  const [editing, setEditing] = useState(false);
  // What the edit started from: the version it is saved against, and the value a "no change" is judged by.
  const [base, setBase] = useState<{ version: number; value: FieldValue | undefined }>({ version, value });
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const start = () => {
    setBase({ version, value });
    // A number as the locale writes it, ungrouped (`12,5` in German), so it reads back as it was.
    setDraft(value === undefined || value === null ? '' : typeof value === 'number' ? localeNumberText(value, locale) : String(value));
    setError(null);
    setEditing(true);
  };
  const stop = () => {
    setEditing(false);
    setError(null);
    // Back to the button, which is rendered again on this commit.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    let checked: FieldValue;
    try {
      checked = checkFieldValue(field, parseDraft(field, draft, locale), `fields.${field.id}`);
    } catch {
      setError(text.invalid[field.type](field.label));
      inputRef.current?.focus();
      return;
    }
    if (checked !== (base.value ?? null)) onSave(checked, base.version);
    stop();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    stop();
  };

  if (!editing) {
    const button = (
      <button
        type="button"
        ref={buttonRef}
        {...slot('edit', { defaults: 'tk-button' })}
        data-variant="ghost"
        data-control={`field-${field.id}`}
        disabled={disabledReasonId !== undefined}
        aria-describedby={disabledReasonId}
        onClick={start}
      >
        {linkedValue ? (
          <>
            <VisuallyHidden>{text.edit(field.label)}</VisuallyHidden>
            <span aria-hidden="true">✎</span>
          </>
        ) : (
          <>
            <VisuallyHidden>{text.edit(field.label)}: </VisuallyHidden>
            {display}
          </>
        )}
      </button>
    );
    return linkedValue ? (
      <span data-slot="ticket-detail-linked-value">
        {linkedValue} {button}
      </span>
    ) : (
      button
    );
  }
  return (
    <form {...slot('edit-form', { state: error ? 'invalid' : 'editing' })} data-control={`field-${field.id}`} onSubmit={save} noValidate>
      <input
        ref={inputRef}
        {...slot('edit-input', { defaults: 'tk-input' })}
        type={INPUT_TYPES[field.type] ?? 'text'}
        inputMode={field.type === 'number' ? 'decimal' : undefined}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        aria-labelledby={labelId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        // The person asked to edit: the input takes focus as it replaces the button.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      />
      <button type="submit" className={slot('edit').className} data-slot="ticket-detail-edit-save">
        {text.save}
      </button>
      <button type="button" className={slot('edit').className} data-slot="ticket-detail-edit-cancel" data-variant="ghost" onClick={stop}>
        {text.cancel}
      </button>
      {error && (
        <p {...slot('edit-error')} id={errorId} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
