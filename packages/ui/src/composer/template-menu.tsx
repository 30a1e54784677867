import { useId, useState, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import { Command, CommandInput, CommandItem, CommandList } from '../parts/command';
import { Popover, PopoverContent, PopoverTrigger } from '../parts/popover';
import { filterTemplates, type ReplyTemplate } from './templates';
import type { TicketComposerPart } from './ticket-composer';

/** Props of `TemplateMenu`. */
export interface TemplateMenuProps {
  templates: readonly ReplyTemplate[];
  /** Called with the template chosen; the menu closes and focus goes back to the text. */
  onChoose: (template: ReplyTemplate) => void;
  text: { templates: string; templatesFilter: string; templatesEmpty: string };
  disabled?: boolean;
  /** Where focus goes once the menu closes: the text, where the saved reply went. */
  focusText: () => void;
  slot: SlotFn<TicketComposerPart>;
}

/**
 * The saved replies: a button opening a popover with a WAI-ARIA combobox (cmdk in a Radix Popover, as the assignee
 * picker): type to filter, the highlighted one is visible, Enter inserts it.
 */
export function TemplateMenu({ templates, onChoose, text, disabled, focusText, slot }: TemplateMenuProps): ReactNode {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const labelId = useId();
  const shown = filterTemplates(templates, filter);
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setFilter('');
  };
  return (
    <Popover open={open} onOpenChange={onOpenChange} modal>
      <PopoverTrigger {...slot('templates', { defaults: 'tk-button' })} data-variant="ghost" disabled={disabled}>
        <span id={labelId}>{text.templates}</span>
        <span aria-hidden="true"> ▾</span>
      </PopoverTrigger>
      <PopoverContent
        {...slot('templates-menu', { defaults: 'tk-popover' })}
        aria-labelledby={labelId}
        onCloseAutoFocus={(event) => {
          // Back to the text, where the saved reply went, rather than to the button.
          event.preventDefault();
          focusText();
        }}
      >
        <Command label={text.templatesFilter} shouldFilter={false} loop {...slot('templates-picker')}>
          <CommandInput {...slot('templates-filter', { defaults: 'tk-input' })} placeholder={text.templatesFilter} value={filter} onValueChange={setFilter} />
          <CommandList {...slot('templates-list')} aria-labelledby={labelId}>
            {shown.map((template) => (
              <CommandItem
                key={template.id}
                value={template.id}
                {...slot('template')}
                onSelect={() => {
                  onChoose(template);
                  onOpenChange(false);
                }}
              >
                {template.name}
              </CommandItem>
            ))}
          </CommandList>
          {shown.length === 0 && <p {...slot('templates-empty')}>{text.templatesEmpty}</p>}
        </Command>
      </PopoverContent>
    </Popover>
  );
}
