import type { FieldDefinition, FieldValue, Ticket } from '@ticketkit/core';
import { usePermissions, type TicketActions } from '@ticketkit/react';
import { useId, type ReactNode } from 'react';
import type { Formatter } from '../lib/format';
import { useModelText, type ModelText } from '../lib/model-text';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { FieldInlineEdit } from './field-inline-edit';
import { FieldChoiceMenu, FieldMultiChoiceMenu } from './field-menus';
import { FieldValueText, isEmptyFieldValue } from './field-value';
import type { TicketDetailPart } from './parts';

/** Props of `TicketProperties` (and of a `components.Properties` that replaces it). */
export interface TicketPropertiesProps {
  ticket: Ticket;
  /** The ticket's actions: fields change through `actions.setFields`, on the ticket's versioned write. */
  actions: TicketActions;
  messages: TicketsUIMessages;
  format: Formatter;
  /** ID of the sentence saying why the controls are disabled (rendered by `TicketControls`). */
  reasonId: string;
  slot: SlotFn<TicketDetailPart>;
}

function Property(props: TicketPropertiesProps & { field: FieldDefinition; words: ModelText; editable: boolean }): ReactNode {
  const { ticket, actions, messages, format, reasonId, slot, field, words, editable } = props;
  const labelId = useId();
  const value = ticket.fields[field.id];
  const display = <FieldValueText field={field} value={value} format={format} words={words} messages={messages} slot={slot} />;
  // The version travels with the value: an inline edit saves against the version it was opened on.
  const save = (next: FieldValue | readonly string[], seenVersion?: number) => void actions.setFields({ [field.id]: next }, seenVersion === undefined ? undefined : { seenVersion });
  const disabledReasonId = editable ? undefined : reasonId;
  let control: ReactNode = display;
  if (field.editable) {
    const common = { field, value, labelId, display, disabledReasonId, slot };
    if (field.type === 'choice') control = <FieldChoiceMenu {...common} notSet={messages.detail.fields.notSet} onChange={save} />;
    else if (field.type === 'multichoice') control = <FieldMultiChoiceMenu {...common} onChange={save} />;
    else {
      const linked = (field.type === 'url' || field.type === 'email') && !isEmptyFieldValue(value);
      control = <FieldInlineEdit {...common} version={ticket.version} locale={format.locale} linkedValue={linked ? display : undefined} onSave={save} messages={messages} />;
    }
  }
  return (
    <div {...slot('property')} data-field={field.id} data-type={field.type}>
      <dt {...slot('property-label')} id={labelId}>
        {field.label}
      </dt>
      <dd {...slot('property-value')}>{control}</dd>
    </div>
  );
}

/**
 * The custom fields of the provider's model, each with its label and its value shown for its type. An editable field
 * is a control: a menu for a choice, a menu of checkboxes for a multichoice, an inline edit for the others; all are
 * disabled, tied to the sentence saying why, when the policy refuses `editFields`. Renders nothing for a model
 * without fields.
 */
export function TicketProperties(props: TicketPropertiesProps): ReactNode {
  const words = useModelText(props.messages);
  const editable = usePermissions(props.ticket).can('editFields').allowed;
  if (words.model.fields.length === 0) return null;
  return (
    <dl {...props.slot('properties')}>
      {words.model.fields.map((field) => (
        <Property key={field.id} {...props} field={field} words={words} editable={editable} />
      ))}
    </dl>
  );
}
