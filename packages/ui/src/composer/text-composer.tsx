import type { Composer } from '@ticketkit/react';
import { useId, type FormEvent, type KeyboardEvent, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import type { SlotFn } from '../lib/slots';
import { VisuallyHidden } from '../parts/visually-hidden';

/** Parts of a text composer, shared by the reply composer and the note composer. */
export type ComposerPart = 'root' | 'label' | 'input' | 'hint' | 'error' | 'actions' | 'submit' | 'status';

/** The strings a composer shows. */
export interface ComposerText {
  label: string;
  placeholder: string;
  submit: string;
  pending: string;
  shortcut: string;
  failed: (reason: string) => string;
}

/** Props of `TextComposer`. */
export interface TextComposerProps<T> {
  composer: Composer<T>;
  text: ComposerText;
  slot: SlotFn<ComposerPart>;
  /** The sentence for a failed send. */
  errorReason: string | null;
  /** Why the viewer may not write here; disables the composer and is shown beside it. */
  disabledReason?: string | undefined;
  /** Shown above the field, e.g. the ticket is closed. */
  notice?: ReactNode;
  /** More buttons beside the submit button. */
  extraActions?: ReactNode;
  /** A polite announcement, e.g. "Reply sent." */
  status?: string;
  /** Sends; default `composer.submit()`. */
  onSubmit?: () => void;
  /** Extra attributes on the root, e.g. a `data-kind`. */
  kind: string;
  /** The text area, e.g. to insert text at the caret. */
  inputRef?: Ref<HTMLTextAreaElement>;
  /** More attributes of the text area (an autocomplete's `aria-*`); its `onKeyDown` runs first and may `preventDefault()`. */
  inputProps?: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id' | 'disabled'> & { [data: `data-${string}`]: string | boolean | undefined };
  /** Shown right under the text area (a list of suggestions). */
  afterInput?: ReactNode;
  /** Buttons at the start of the actions row (saved replies). */
  leadingActions?: ReactNode;
  /** Lines of the text area. Default 3. */
  rows?: number;
}

/**
 * A labelled text area that sends on its button or Ctrl/Cmd+Enter, shows that it is sending, and on a failure keeps
 * the text and says why. The draft lives in the headless composer, so it also survives closing the ticket.
 */
export function TextComposer<T>(props: TextComposerProps<T>): ReactNode {
  const { composer, text, slot, errorReason, disabledReason, notice, extraActions, status, kind, inputRef, inputProps, afterInput, leadingActions } = props;
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const reasonId = useId();
  const disabled = disabledReason !== undefined;
  const send = props.onSubmit ?? (() => void composer.submit());
  const canSend = !disabled && !composer.isPending && composer.draft.trim() !== '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canSend) send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    inputProps?.onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (canSend) send();
    }
  };
  const describedBy = [disabled ? reasonId : hintId, errorReason !== null ? errorId : null].filter(Boolean).join(' ');

  return (
    <form {...slot('root', { state: composer.isPending ? 'pending' : errorReason !== null ? 'error' : 'idle' })} data-kind={kind} onSubmit={onSubmit} aria-busy={composer.isPending || undefined}>
      {notice}
      <label {...slot('label')} htmlFor={inputId}>
        {text.label}
      </label>
      <textarea
        {...inputProps}
        {...slot('input', { defaults: 'tk-input' })}
        ref={inputRef}
        id={inputId}
        value={composer.draft}
        placeholder={text.placeholder}
        rows={props.rows ?? 3}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={errorReason !== null || undefined}
        onChange={(event) => composer.setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {afterInput}
      {disabled ? (
        <p {...slot('hint', { state: 'forbidden' })} id={reasonId}>
          {disabledReason}
        </p>
      ) : (
        <p {...slot('hint')} id={hintId}>
          {text.shortcut}
        </p>
      )}
      {errorReason !== null && (
        <p {...slot('error')} id={errorId} role="alert">
          {text.failed(errorReason)}
        </p>
      )}
      <div {...slot('actions')}>
        {leadingActions}
        {extraActions}
        <button type="submit" {...slot('submit', { defaults: 'tk-button' })} data-variant="primary" disabled={!canSend}>
          {composer.isPending ? text.pending : text.submit}
        </button>
      </div>
      <VisuallyHidden data-slot={slot('status')['data-slot']} role="status">
        {status}
      </VisuallyHidden>
    </form>
  );
}
