import { useId, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import { Menu, MenuContent, MenuItemIndicator, MenuRadioGroup, MenuRadioItem, MenuTrigger } from '../parts/menu';
import type { TicketDetailPart } from './parts';

/** One choice of a `ChoiceMenu`. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Shown in the item (e.g. a badge); default the label. */
  content?: ReactNode;
}

/** Props of `ChoiceMenu`. */
export interface ChoiceMenuProps<T extends string> {
  /** Which control, for `data-control` (e.g. `status`). */
  name: string;
  /** The control's name, e.g. `Status`. */
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  /** Disabled with the ID of the visible sentence saying why. */
  disabledReasonId?: string | undefined;
  /** What the trigger shows after the label; default the chosen label. */
  display?: ReactNode;
  slot: SlotFn<TicketDetailPart>;
}

/** A labelled menu button (WAI-ARIA menu-button pattern) with one radio item per choice, the current one checked. */
export function ChoiceMenu<T extends string>(props: ChoiceMenuProps<T>): ReactNode {
  const { name, label, value, choices, onChange, disabledReasonId, display, slot } = props;
  const labelId = useId();
  const current = choices.find((choice) => choice.value === value);
  const disabled = disabledReasonId !== undefined;
  return (
    <div {...slot('control')} data-control={name}>
      <span {...slot('control-label')} id={labelId}>
        {label}
      </span>
      <Menu>
        <MenuTrigger
          {...slot('trigger', { defaults: 'tk-button' })}
          data-control={name}
          data-value={value}
          disabled={disabled}
          aria-labelledby={`${labelId} ${labelId}-value`}
          aria-describedby={disabledReasonId}
        >
          <span id={`${labelId}-value`}>{display ?? current?.label ?? value}</span>
          <span aria-hidden="true">▾</span>
        </MenuTrigger>
        <MenuContent {...slot('menu', { defaults: 'tk-popover' })} data-control={name} aria-labelledby={labelId}>
          <MenuRadioGroup value={value} onValueChange={(next) => next !== value && onChange(next as T)}>
            {choices.map((choice) => (
              <MenuRadioItem key={choice.value} value={choice.value} textValue={choice.label} {...slot('item')} data-value={choice.value}>
                <span {...slot('indicator')} aria-hidden="true">
                  <MenuItemIndicator>✓</MenuItemIndicator>
                </span>
                {choice.content ?? choice.label}
              </MenuRadioItem>
            ))}
          </MenuRadioGroup>
        </MenuContent>
      </Menu>
    </div>
  );
}
