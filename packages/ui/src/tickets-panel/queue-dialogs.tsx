import type { SavedViewInput } from '@ticketkit/core';
import type { BulkUpdateSummary, QueueShortcutKeys, SavedViews } from '@ticketkit/react';
import { useId, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { errorText } from '../lib/errors';
import { usePortalTheme } from '../lib/portal-theme';
import { createSlots } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from '../parts/dialog';
import type { TicketsPanelPart } from './tickets-panel';

/*
 * The queue's layers that the first screen does not need, in a chunk of their own: saving and managing views, the
 * list of shortcuts and a bulk change's report.
 */

interface LayerProps {
  messages: TicketsUIMessages;
  unstyled: boolean;
  /** An element inside the panel: the dialog takes the theme in effect there. */
  anchor: RefObject<Element | null>;
  onClose: () => void;
}

function QueueDialog({ title, description, children, ...props }: LayerProps & { title: string; description: string; children: ReactNode; name: string }): ReactNode {
  const theme = usePortalTheme(props.anchor, true);
  const slot = createSlots<TicketsPanelPart>('tickets-panel', { unstyled: props.unstyled });
  // Where focus was as the dialog opened (the button pressed, or where a key was pressed: the open ticket's
  // composer, a row): it goes back there as the dialog closes. These dialogs have no trigger for Radix to return to.
  const [opener] = useState(() => (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement ? document.activeElement : null));
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent
        {...theme}
        {...slot('dialog', { defaults: 'tk-root tk-popover' })}
        data-dialog={props.name}
        overlayProps={slot('overlay')}
        onCloseAutoFocus={(event) => {
          if (!opener?.isConnected || opener === document.body) return;
          event.preventDefault();
          opener.focus();
        }}
      >
        <DialogTitle {...slot('dialog-title')}>{title}</DialogTitle>
        <DialogDescription {...slot('dialog-description')}>{description}</DialogDescription>
        {children}
      </DialogContent>
    </Dialog>
  );
}

/** Props of the saved-view dialogs. */
export interface ViewDialogProps extends LayerProps {
  kind: 'save' | 'manage';
  views: SavedViews;
  /** What "save" keeps: the query (no page), columns and density on screen. */
  current: Omit<SavedViewInput, 'name'>;
}

function SaveView({ views, current, ...props }: Omit<ViewDialogProps, 'kind'>): ReactNode {
  const q = props.messages.queue.views;
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const slot = createSlots<TicketsPanelPart>('tickets-panel', { unstyled: props.unstyled });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    views.create({ ...current, name }).then(props.onClose, (failure: unknown) => setError(errorText(failure, props.messages.common)));
  };
  return (
    <QueueDialog {...props} name="save-view" title={q.saveTitle} description={views.source === 'browser' ? `${q.saveDescription} ${q.keptInBrowser}` : q.saveDescription}>
      <form {...slot('dialog-form')} onSubmit={submit} noValidate>
        <label htmlFor={`${id}-name`}>{q.nameLabel}</label>
        <input
          id={`${id}-name`}
          {...slot('dialog-input', { defaults: 'tk-input' })}
          value={name}
          maxLength={80}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error && (
          <p id={`${id}-error`} role="alert" {...slot('dialog-error')}>
            {error}
          </p>
        )}
        <div {...slot('dialog-actions')}>
          <DialogClose {...slot('dialog-button', { defaults: 'tk-button' })} data-variant="ghost">
            {q.cancel}
          </DialogClose>
          <button type="submit" {...slot('dialog-button', { defaults: 'tk-button' })} data-variant="primary" disabled={name.trim() === ''}>
            {q.saveSubmit}
          </button>
        </div>
      </form>
    </QueueDialog>
  );
}

function ManageViews({ views, ...props }: Omit<ViewDialogProps, 'kind' | 'current'>): ReactNode {
  const q = props.messages.queue.views;
  const slot = createSlots<TicketsPanelPart>('tickets-panel', { unstyled: props.unstyled });
  const [names, setNames] = useState<Record<string, string>>({});
  return (
    <QueueDialog {...props} name="manage-views" title={q.manageTitle} description={q.manageDescription}>
      <ul {...slot('dialog-list')}>
        {views.views.map((view) => {
          const name = names[view.id] ?? view.name;
          return (
            <li key={view.id} {...slot('dialog-list-item')}>
              <form
                {...slot('dialog-form')}
                data-inline=""
                onSubmit={(event) => {
                  event.preventDefault();
                  if (name.trim() !== '' && name !== view.name) void views.rename(view.id, name).catch(() => undefined);
                }}
              >
                <input {...slot('dialog-input', { defaults: 'tk-input' })} aria-label={q.rename(view.name)} value={name} maxLength={80} onChange={(event) => setNames({ ...names, [view.id]: event.target.value })} />
                <button type="submit" {...slot('dialog-button', { defaults: 'tk-button' })} disabled={name.trim() === '' || name === view.name}>
                  {q.renameSubmit}
                </button>
                <button type="button" {...slot('dialog-button', { defaults: 'tk-button' })} data-variant="danger" aria-label={q.remove(view.name)} onClick={() => void views.remove(view.id).catch(() => undefined)}>
                  <span aria-hidden="true">×</span>
                </button>
              </form>
            </li>
          );
        })}
      </ul>
      {views.error && (
        <p role="alert" {...slot('dialog-error')}>
          {q.failed}
        </p>
      )}
      <div {...slot('dialog-actions')}>
        <DialogClose {...slot('dialog-button', { defaults: 'tk-button' })}>{props.messages.queue.shortcuts.close}</DialogClose>
      </div>
    </QueueDialog>
  );
}

/** Saving the current view under a name, or renaming and deleting views. */
export function ViewDialog({ kind, ...props }: ViewDialogProps): ReactNode {
  return kind === 'save' ? <SaveView {...props} /> : <ManageViews {...props} />;
}

/** Props of the shortcuts dialog. */
export interface ShortcutsDialogProps extends LayerProps {
  keys: QueueShortcutKeys;
}

const keyName = (key: string) => (key === ' ' ? 'Space' : key);

/** Every shortcut in effect, with its key (an action turned off says so). */
export function ShortcutsDialog({ keys, ...props }: ShortcutsDialogProps): ReactNode {
  const s = props.messages.queue.shortcuts;
  const slot = createSlots<TicketsPanelPart>('tickets-panel', { unstyled: props.unstyled });
  const actions = Object.keys(s.actions) as (keyof QueueShortcutKeys)[];
  return (
    <QueueDialog {...props} name="shortcuts" title={s.title} description={s.description}>
      <dl {...slot('shortcut-list')}>
        {actions.map((action) => (
          <div key={action} {...slot('shortcut')} data-action={action}>
            <dt>{s.actions[action]}</dt>
            <dd>{keys[action] === false ? s.off : <kbd {...slot('kbd')}>{keyName(keys[action])}</kbd>}</dd>
          </div>
        ))}
      </dl>
      <div {...slot('dialog-actions')}>
        <DialogClose {...slot('dialog-button', { defaults: 'tk-button' })}>{s.close}</DialogClose>
      </div>
    </QueueDialog>
  );
}

/** Props of the bulk change's report. */
export interface BulkReportProps {
  summary: BulkUpdateSummary;
  messages: TicketsUIMessages;
  unstyled: boolean;
  formatNumber: (value: number) => string;
  onDismiss: () => void;
}

/** What a bulk change did: how many changed, and each ticket left out (conflicted or failed) with why. */
export function BulkReport({ summary, messages, unstyled, formatNumber, onDismiss }: BulkReportProps): ReactNode {
  const b = messages.queue.bulk;
  const slot = createSlots<TicketsPanelPart>('tickets-panel', { unstyled });
  const { changed, conflicted, failed } = summary;
  const state = conflicted.length + failed.length > 0 ? 'partial' : 'done';
  return (
    <div {...slot('bulk-report', { state })} role="status">
      <p {...slot('bulk-report-title')}>
        <strong>{b.resultTitle}</strong> {b.changed(changed.length, formatNumber(changed.length))}
      </p>
      {conflicted.length > 0 && (
        <div {...slot('bulk-report-group')} data-outcome="conflicted">
          <p>{b.conflicted(conflicted.length, formatNumber(conflicted.length))}</p>
          <ul>
            {conflicted.map((item) => (
              <li key={item.ticketId}>{b.ticketReason(item.ticketId, messages.common.errors.conflict)}</li>
            ))}
          </ul>
        </div>
      )}
      {failed.length > 0 && (
        <div {...slot('bulk-report-group')} data-outcome="failed">
          <p>{b.failed(failed.length, formatNumber(failed.length))}</p>
          <ul>
            {failed.map((item) => (
              <li key={item.ticketId}>{b.ticketReason(item.ticketId, errorText(item.error, messages.common))}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" {...slot('bulk-report-dismiss', { defaults: 'tk-button' })} data-variant="ghost" onClick={onDismiss}>
        {b.dismiss}
      </button>
    </div>
  );
}
