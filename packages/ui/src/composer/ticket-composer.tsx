import type { Ticket } from '@ticketkit/core';
import { useNoteComposer, usePermissions, useReplyComposer, useTicketActions, useTicketModel, useTicketsContext, type Composer, type TicketActions } from '@ticketkit/react';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDetailCommand, useDetailCommandsBox } from '../lib/detail-commands';
import { errorText, permissionText } from '../lib/errors';
import { useModelText } from '../lib/model-text';
import { useSlots, type SlotFn, type StyleProps } from '../lib/slots';
import { useMessages } from '../messages/context';
import type { MessagesOverride } from '../messages/messages';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../parts/menu';
import { TemplateMenu } from './template-menu';
import { fillTemplate, filterTemplates, insertText, slashQuery, templatesFor, type ReplyTemplate } from './templates';
import { TextComposer, type ComposerPart } from './text-composer';

/** Parts of `TicketComposer`, the keys of `classNames` (each is `data-slot="ticket-composer-<part>"`). */
export type TicketComposerPart =
  | ComposerPart
  | 'form'
  | 'modes'
  | 'mode'
  | 'panel'
  | 'notice'
  | 'send-status'
  | 'more'
  | 'more-menu'
  | 'more-item'
  | 'templates'
  | 'templates-menu'
  | 'templates-picker'
  | 'templates-filter'
  | 'templates-list'
  | 'template'
  | 'templates-empty'
  | 'suggestions'
  | 'suggestion';

/** What the composer writes: a reply the end user receives, or an internal note only the team sees. */
export type ComposerMode = 'reply' | 'note';

/** Props of `TicketComposer`. */
export interface TicketComposerProps extends StyleProps<TicketComposerPart> {
  /** The ticket to write on. */
  ticket: Ticket;
  /** The ticket's actions, to share their pending, error and conflict state. Default: its own `useTicketActions`. */
  actions?: TicketActions;
  /** Overrides of the strings, merged over the provider's. */
  messages?: MessagesOverride;
  /** Saved replies offered from a menu and by typing "/" at the start of a line. Pass a stable array. */
  templates?: readonly ReplyTemplate[] | undefined;
  /** The mode it opens in. Default: `note` when only a note draft is waiting, else `reply`. */
  defaultMode?: ComposerMode;
}

type SlashState = { start: number; query: string; active: number } | null;

/**
 * One composer for the open ticket, pinned under its timeline, with two modes as tabs: "Reply" (to the end user) and
 * "Internal note" (to the team; set apart by its colour, its label, its placeholder and its hint). Each mode keeps
 * its own draft per ticket. A reply goes with "Send", "Send and close" (or "Send and reopen" on a closed ticket) or
 * "Send and set …" any other status of the model. A host's saved replies come from a menu or by typing "/" at the
 * start of a line (a list of suggestions under the text: arrows move, Enter inserts, Escape closes), with the
 * requester's name and the ticket's ID filled in.
 */
export function TicketComposer(props: TicketComposerProps): ReactNode {
  const { ticket, templates = [] } = props;
  const messages = useMessages(props.messages);
  const reply = useReplyComposer(ticket.id);
  const note = useNoteComposer(ticket.id);
  const ownActions = useTicketActions(ticket.id);
  const actions = props.actions ?? ownActions;
  const permissions = usePermissions(ticket);
  const { viewer } = useTicketsContext();
  const model = useTicketModel();
  const words = useModelText(messages);
  const slot = useSlots<TicketComposerPart>('ticket-composer', props);
  // The form inside is `ticket-composer-form`; the root is this component's.
  const formSlot = useCallback<SlotFn<ComposerPart>>((part, options) => slot(part === 'root' ? 'form' : part, options), [slot]);
  const [mode, setMode] = useState<ComposerMode>(() => props.defaultMode ?? (reply.draft === '' && note.draft !== '' ? 'note' : 'reply'));
  const [status, setStatus] = useState('');
  const [slash, setSlash] = useState<SlashState>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const tabsId = useId();
  const text = messages.timeline.composer;
  const composer: Composer<unknown> = mode === 'reply' ? reply : note;
  const permission = permissions.can(mode === 'reply' ? 'reply' : 'addNote');

  // Closing is the model's first `done` status; reopening its first `active` one.
  const closed = model.categoryOf(ticket.status) === 'done';
  const closeTo = model.statuses.find((s) => s.category === 'done')?.id;
  const reopenTo = (model.statuses.find((s) => s.category === 'active') ?? model.statuses[0]!).id;
  const companion = closed ? reopenTo : closeTo;
  const mayChangeStatus = permissions.can('changeStatus').allowed;

  const send = async (setTo?: string) => {
    setStatus('');
    setSlash(null);
    if (mode === 'note') {
      if (await note.submit()) setStatus(messages.notes.added);
      return;
    }
    if (!(await reply.submit())) return;
    if (setTo !== undefined && setTo !== ticket.status && (await actions.setStatus(setTo))) {
      setStatus(setTo === reopenTo && closed ? `${messages.detail.reply.sent} ${messages.detail.reply.reopened}` : text.sentAndSet(words.status(setTo)));
    } else setStatus(messages.detail.reply.sent);
  };
  const canSend = permission.allowed && !composer.isPending && composer.draft.trim() !== '';

  // The queue's reply key (`r`) inside a panel: reply mode, then the caret in its text once it is drawn (the key's
  // own character is not typed: the shortcut takes it).
  const [focusReply, setFocusReply] = useState(0);
  const replyKey = useDetailCommandsBox()?.keys?.reply;
  useDetailCommand('reply', () => {
    if (!permissions.can('reply').allowed) return false;
    setMode('reply');
    setSlash(null);
    setFocusReply((count) => count + 1);
    return true;
  });
  useEffect(() => {
    if (focusReply > 0) inputRef.current?.focus();
  }, [focusReply]);

  // Saved replies of this mode, filled in for this ticket and put where the caret is (or the "/" typed).
  const offered = templatesFor(templates, mode);
  const suggestions = slash ? filterTemplates(offered, slash.query) : [];
  const insert = (template: ReplyTemplate, from?: number, to?: number) => {
    const input = inputRef.current;
    const draft = composer.draft;
    const start = from ?? input?.selectionStart ?? draft.length;
    const end = to ?? input?.selectionEnd ?? draft.length;
    const next = insertText(draft, start, end, fillTemplate(template.body, { ticket, viewer }));
    composer.setDraft(next.text);
    setSlash(null);
    setStatus(text.templateInserted(template.name));
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(next.caret, next.caret);
    });
  };
  const readSlash = (target: HTMLTextAreaElement) => {
    if (offered.length === 0) return;
    const found = target.selectionStart === target.selectionEnd ? slashQuery(target.value, target.selectionStart) : null;
    setSlash((current) => (found ? { ...found, active: current?.query === found.query ? current.active : 0 } : null));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!slash || suggestions.length === 0) return;
    const count = suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setSlash({ ...slash, active: (slash.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count });
    } else if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
      event.preventDefault();
      insert(suggestions[Math.min(slash.active, count - 1)]!, slash.start, inputRef.current?.selectionStart ?? composer.draft.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setSlash(null);
    }
  };
  const listId = `${tabsId}-suggestions`;
  const optionId = (index: number) => `${tabsId}-suggestion-${index}`;
  const suggesting = slash !== null && suggestions.length > 0;

  const modeTab = (value: ComposerMode, label: string) => (
    <button
      type="button"
      role="tab"
      {...slot('mode', { state: mode === value ? 'active' : 'inactive' })}
      data-mode={value}
      id={`${tabsId}-${value}`}
      aria-selected={mode === value}
      aria-controls={`${tabsId}-panel`}
      tabIndex={mode === value ? 0 : -1}
      onClick={() => {
        setMode(value);
        setSlash(null);
      }}
      onKeyDown={(event) => {
        // Tabs: the arrows move between the two (either direction, either writing direction).
        if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
        event.preventDefault();
        const next = value === 'reply' ? 'note' : 'reply';
        setMode(next);
        event.currentTarget.parentElement?.querySelector<HTMLElement>(`[data-mode="${next}"]`)?.focus();
      }}
    >
      {label}
    </button>
  );

  const sendExtras =
    mode === 'reply' && permission.allowed && mayChangeStatus ? (
      <>
        {companion !== undefined && (
          <button type="button" {...slot('send-status', { defaults: 'tk-button' })} disabled={!canSend} onClick={() => void send(companion)}>
            {closed ? messages.detail.reply.sendAndReopen : text.sendAndClose}
          </button>
        )}
        <Menu>
          <MenuTrigger {...slot('more', { defaults: 'tk-button' })} disabled={!canSend} aria-label={text.moreSend}>
            <span aria-hidden="true">▾</span>
          </MenuTrigger>
          <MenuContent {...slot('more-menu', { defaults: 'tk-popover' })} align="end">
            {model.statuses
              .filter((s) => s.id !== ticket.status && s.id !== companion)
              .map((s) => (
                <MenuItem key={s.id} {...slot('more-item')} onSelect={() => void send(s.id)}>
                  {text.sendAndSet(words.status(s.id))}
                </MenuItem>
              ))}
          </MenuContent>
        </Menu>
      </>
    ) : undefined;

  return (
    <div {...slot('root', { state: mode })} data-mode={mode}>
      <div role="tablist" aria-label={text.modes} {...slot('modes')}>
        {modeTab('reply', text.reply)}
        {modeTab('note', text.note)}
      </div>
      <div role="tabpanel" id={`${tabsId}-panel`} aria-labelledby={`${tabsId}-${mode}`} {...slot('panel')} data-mode={mode}>
        <TextComposer
          // Each mode starts its own form: its own text, error and pending state.
          key={mode}
          composer={composer}
          kind={mode}
          slot={formSlot}
          text={
            mode === 'reply'
              ? { ...messages.detail.reply, label: messages.detail.reply.label, submit: messages.detail.reply.send, pending: messages.detail.reply.sending, shortcut: offered.length > 0 ? `${messages.detail.reply.shortcut} ${text.templatesHint}` : messages.detail.reply.shortcut }
              : { label: text.noteLabel, placeholder: text.notePlaceholder, submit: messages.notes.add, pending: messages.notes.adding, shortcut: offered.length > 0 ? `${text.noteHint} ${text.templatesHint}` : text.noteHint, failed: messages.notes.failed }
          }
          errorReason={composer.error ? errorText(composer.error, messages.common) : null}
          disabledReason={permissionText(permission, messages.common)}
          status={status}
          onSubmit={() => void send()}
          notice={mode === 'reply' && closed && permission.allowed ? <p {...slot('notice', { state: 'closed' })}>{messages.detail.reply.closedNotice}</p> : undefined}
          inputRef={inputRef}
          rows={2}
          inputProps={{
            onKeyDown,
            onSelect: (event) => readSlash(event.currentTarget),
            onInput: (event) => readSlash(event.currentTarget),
            onBlur: () => setSlash(null),
            // Escape closes the suggestions only, not the drawer around the composer.
            'data-escape-owned': suggesting || undefined,
            ...(offered.length > 0 ? { 'aria-autocomplete': 'list' as const } : {}),
            ...(mode === 'reply' && replyKey ? { 'aria-keyshortcuts': replyKey } : {}),
            ...(suggesting ? { 'aria-controls': listId, 'aria-activedescendant': optionId(Math.min(slash.active, suggestions.length - 1)) } : {}),
          }}
          afterInput={
            suggesting ? (
              <ul {...slot('suggestions')} id={listId} role="listbox" aria-label={text.templatesSuggest}>
                {suggestions.map((template, index) => (
                  <li
                    key={template.id}
                    {...slot('suggestion', { state: index === slash.active ? 'active' : undefined })}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === slash.active}
                    // Chosen with the pointer without taking focus from the text.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      insert(template, slash.start, inputRef.current?.selectionStart ?? composer.draft.length);
                    }}
                  >
                    {template.name}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
          leadingActions={
            offered.length > 0 ? (
              <TemplateMenu templates={offered} onChoose={(template) => insert(template)} text={text} disabled={!permission.allowed} focusText={() => inputRef.current?.focus()} slot={slot} />
            ) : undefined
          }
          extraActions={sendExtras}
        />
      </div>
    </div>
  );
}
