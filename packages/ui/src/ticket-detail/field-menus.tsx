import type { FieldDefinition, FieldValue } from '@ticketkit/core';
import { useId, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import { Menu, MenuCheckboxItem, MenuContent, MenuItemIndicator, MenuRadioGroup, MenuRadioItem, MenuTrigger } from '../parts/menu';
import type { TicketDetailPart } from './parts';

/** Props of the field menus. */
export interface FieldMenuProps {
  field: FieldDefinition;
  value: FieldValue | undefined;
  /** ID of the field's visible label (its `dt`): the button is named by it and its value. */
  labelId: string;
  /** The value as text, or what an empty value shows (the dash and its hidden "not set"). */
  display: ReactNode;
  /** Disabled with the ID of the visible sentence saying why. */
  disabledReasonId?: string | undefined;
  slot: SlotFn<TicketDetailPart>;
}

// The radio value of "not set"; option IDs are never empty.
const CLEAR = '';

function FieldTrigger({ field, value, labelId, display, disabledReasonId, slot }: FieldMenuProps & { value: string }): ReactNode {
  const valueId = useId();
  return (
    <MenuTrigger
      {...slot('trigger', { defaults: 'tk-button' })}
      data-control={`field-${field.id}`}
      data-value={value}
      disabled={disabledReasonId !== undefined}
      aria-labelledby={`${labelId} ${valueId}`}
      aria-describedby={disabledReasonId}
    >
      <span id={valueId}>{display}</span>
      <span aria-hidden="true">▾</span>
    </MenuTrigger>
  );
}

/** A `choice` field: a menu button with one radio item per option, and "not set" first to clear it. */
export function FieldChoiceMenu(props: FieldMenuProps & { notSet: string; onChange: (value: string | null) => void }): ReactNode {
  const { field, labelId, notSet, onChange, slot } = props;
  const value = typeof props.value === 'string' ? props.value : CLEAR;
  const items = [{ id: CLEAR, label: notSet }, ...(field.options ?? [])];
  return (
    <Menu>
      <FieldTrigger {...props} value={value} />
      <MenuContent {...slot('menu', { defaults: 'tk-popover' })} data-control={`field-${field.id}`} aria-labelledby={labelId}>
        <MenuRadioGroup value={value} onValueChange={(next) => next !== value && onChange(next === CLEAR ? null : next)}>
          {items.map((option) => (
            <MenuRadioItem key={option.id} value={option.id} textValue={option.label} {...slot('item')} data-value={option.id}>
              <span {...slot('indicator')} aria-hidden="true">
                <MenuItemIndicator>✓</MenuItemIndicator>
              </span>
              {option.label}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
}

/**
 * A `multichoice` field (tags): a menu button with a checkbox item per option. The menu stays open while options are
 * toggled; each toggle is a change of its own, sent in order with the ticket's other changes.
 */
export function FieldMultiChoiceMenu(props: FieldMenuProps & { onChange: (value: readonly string[] | null) => void }): ReactNode {
  const { field, labelId, onChange, slot } = props;
  const chosen: readonly string[] = Array.isArray(props.value) ? props.value : [];
  const toggle = (id: string, on: boolean) => {
    // In the model's order, so the same set always reads the same.
    const next = (field.options ?? []).map((option) => option.id).filter((optionId) => (optionId === id ? on : chosen.includes(optionId)));
    onChange(next.length === 0 ? null : next);
  };
  return (
    <Menu>
      <FieldTrigger {...props} value={chosen.join(' ')} />
      <MenuContent {...slot('menu', { defaults: 'tk-popover' })} data-control={`field-${field.id}`} aria-labelledby={labelId}>
        {(field.options ?? []).map((option) => (
          <MenuCheckboxItem
            key={option.id}
            checked={chosen.includes(option.id)}
            onCheckedChange={(on) => toggle(option.id, on)}
            // Keep the menu open: several tags are often set at once.
            onSelect={(event) => event.preventDefault()}
            textValue={option.label}
            {...slot('item')}
            data-value={option.id}
          >
            <span {...slot('indicator')} aria-hidden="true">
              <MenuItemIndicator>✓</MenuItemIndicator>
            </span>
            {option.label}
          </MenuCheckboxItem>
        ))}
      </MenuContent>
    </Menu>
  );
}
