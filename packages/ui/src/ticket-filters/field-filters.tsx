import type { FieldDefinition, FieldFilters as FieldFilterValues } from '@ticketkit/core';
import { useTicketModel } from '@ticketkit/react';
import { memo, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useFormat } from '../lib/format';
import { normalizeLocaleNumber } from '../lib/locale-number';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { Menu, MenuContent, MenuItemIndicator, MenuRadioGroup, MenuRadioItem, MenuTrigger } from '../parts/menu';
import type { TicketFiltersPart } from './parts';

/** Props of the custom field filters: the applied values and the setter (which keeps its identity). */
export interface FieldFiltersProps {
  values: FieldFilterValues;
  setFieldFilter: (fieldId: string, value: string | null) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketFiltersPart>;
}

const ANY = '';

/** A choice or multichoice field: a menu of "Any" and its options (a multichoice filter finds tickets with that option). */
function ChoiceFilter({ field, value, props }: { field: FieldDefinition; value: string | undefined; props: FieldFiltersProps }): ReactNode {
  const { messages, slot, setFieldFilter } = props;
  const labelId = useId();
  const optionLabel = (id: string) => (id === ANY ? messages.filters.fieldAny : (field.options?.find((option) => option.id === id)?.label ?? id));
  return (
    <Menu>
      <MenuTrigger {...slot('field-trigger', { defaults: 'tk-button' })} data-field={field.id} data-value={value ?? ANY}>
        <span id={labelId}>{messages.filters.fieldTrigger(field.label, optionLabel(value ?? ANY))}</span>
        <span aria-hidden="true">▾</span>
      </MenuTrigger>
      <MenuContent {...slot('field-menu', { defaults: 'tk-popover' })} aria-labelledby={labelId}>
        <MenuRadioGroup value={value ?? ANY} onValueChange={(next) => setFieldFilter(field.id, next === ANY ? null : next)}>
          {[ANY, ...(field.options ?? []).map((option) => option.id)].map((id) => (
            <MenuRadioItem key={id} value={id} textValue={optionLabel(id)} {...slot('field-item')} data-value={id}>
              <span {...slot('status-indicator')} aria-hidden="true">
                <MenuItemIndicator>✓</MenuItemIndicator>
              </span>
              {optionLabel(id)}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
}

/**
 * A number, text, date, URL or email field: a labelled box applied on Enter or when it loses focus (a value the field
 * refuses is not applied, and the list says why), cleared with Escape.
 */
function TypedFilter({ field, value, props }: { field: FieldDefinition; value: string | undefined; props: FieldFiltersProps }): ReactNode {
  const { messages, slot, setFieldFilter } = props;
  const { locale } = useFormat();
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // The applied value changed elsewhere (a chip removed, the URL): show it.
  if (seen !== value) {
    setSeen(value);
    setDraft(value ?? '');
  }
  const apply = (text: string) => {
    // A number typed the locale's way (`12,5`, `1.234` in German) is filtered on as the model writes it.
    const next = field.type === 'number' ? normalizeLocaleNumber(text, locale) : text.trim();
    if (next !== (value ?? '')) setFieldFilter(field.id, next === '' ? null : next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') apply(draft);
    if (event.key === 'Escape' && draft !== '') {
      event.preventDefault();
      event.stopPropagation();
      setDraft('');
      apply('');
    }
  };
  return (
    <input
      {...slot('field-input', { defaults: 'tk-input' })}
      data-field={field.id}
      type={field.type === 'date' ? 'date' : 'search'}
      inputMode={field.type === 'number' ? 'decimal' : field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : undefined}
      aria-label={messages.filters.fieldInputLabel(field.label)}
      placeholder={field.label}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      onBlur={() => apply(draft)}
    />
  );
}

/** One filter per filterable custom field of the model, in the model's order. */
export const FieldFilters = memo(function FieldFilters(props: FieldFiltersProps): ReactNode {
  const model = useTicketModel();
  const filterable = model.fields.filter((field) => field.filterable);
  if (filterable.length === 0) return null;
  return (
    <>
      {filterable.map((field) =>
        field.type === 'choice' || field.type === 'multichoice' ? (
          <ChoiceFilter key={field.id} field={field} value={props.values[field.id]} props={props} />
        ) : (
          <TypedFilter key={field.id} field={field} value={props.values[field.id]} props={props} />
        ),
      )}
    </>
  );
});
