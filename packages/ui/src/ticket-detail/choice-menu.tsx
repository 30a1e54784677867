import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useId, useRef, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketDetailPart } from './parts';
import { useDirection } from './use-direction';

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

/** A labelled menu button (Radix, WAI-ARIA menu-button pattern) with one radio item per choice. */
export function ChoiceMenu<T extends string>(props: ChoiceMenuProps<T>): ReactNode {
  const { name, label, value, choices, onChange, disabledReasonId, display, slot } = props;
  const labelId = useId();
  const current = choices.find((choice) => choice.value === value);
  const disabled = disabledReasonId !== undefined;
  const controlRef = useRef<HTMLDivElement>(null);
  const dir = useDirection(controlRef);
  return (
    <div {...slot('control')} data-control={name} ref={controlRef}>
      <span {...slot('control-label')} id={labelId}>
        {label}
      </span>
      {/* Not modal: the rest of the page is not hidden from assistive technology while the menu is open; Tab and Escape close it. */}
      <DropdownMenu.Root modal={false} dir={dir}>
        <DropdownMenu.Trigger
          {...slot('trigger', { defaults: 'tk-button' })}
          data-control={name}
          data-value={value}
          disabled={disabled}
          aria-labelledby={`${labelId} ${labelId}-value`}
          aria-describedby={disabledReasonId}
        >
          <span id={`${labelId}-value`}>{display ?? current?.label ?? value}</span>
          <span aria-hidden="true">▾</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content {...slot('menu', { defaults: 'tk-popover' })} data-control={name} align="start" sideOffset={4} aria-labelledby={labelId}>
            <DropdownMenu.RadioGroup value={value} onValueChange={(next) => next !== value && onChange(next as T)}>
              {choices.map((choice) => (
                <DropdownMenu.RadioItem key={choice.value} value={choice.value} {...slot('item')} data-value={choice.value}>
                  <span {...slot('indicator')} aria-hidden="true">
                    <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
                  </span>
                  {choice.content ?? choice.label}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
}
