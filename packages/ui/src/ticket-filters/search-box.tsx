import { MAX_SEARCH_LENGTH } from '@ticketkit/core';
import { memo, useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { SlotFn } from '../lib/slots';
import type { TicketsUIMessages } from '../messages/messages';
import { VisuallyHidden } from '../parts/visually-hidden';
import type { TicketFiltersPart } from './parts';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Props of the search box: only what it shows, so a page or sort change (or a refetch) does not re-render it. */
interface SearchBoxProps {
  /** The text as typed (`searchInput`). */
  value: string;
  /** A search the person typed is being fetched. */
  busy: boolean;
  /** The list state's `setSearch` (keeps its identity). */
  setSearch: (text: string) => void;
  messages: TicketsUIMessages;
  slot: SlotFn<TicketFiltersPart>;
  shortcutKey: string | false;
}

/**
 * The search box: a labelled search field bound to the list's typed search, a clear button, Escape to clear, a key
 * that focuses it from anywhere on the page (unless typing elsewhere), and a busy indicator while the list refetches.
 */
function SearchBoxImpl(props: SearchBoxProps): ReactNode {
  const { value, busy, setSearch, messages, slot, shortcutKey } = props;
  const m = messages.filters;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!shortcutKey) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== shortcutKey || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcutKey]);

  const clear = () => {
    setSearch('');
    inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape' || value === '') return;
    // Clearing is this key's job here: do not let it also close a surrounding dialog.
    event.preventDefault();
    event.stopPropagation();
    setSearch('');
  };

  return (
    <div {...slot('search', { state: busy ? 'busy' : 'idle' })}>
      <label {...slot('search-label')} htmlFor={id}>
        {m.searchLabel}
      </label>
      <div {...slot('search-field')}>
        <input
          ref={inputRef}
          id={id}
          type="search"
          {...slot('search-input', { defaults: 'tk-input' })}
          value={value}
          placeholder={m.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_SEARCH_LENGTH}
          aria-keyshortcuts={shortcutKey || undefined}
          aria-describedby={shortcutKey ? `${id}-hint` : undefined}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {shortcutKey && (
          <kbd {...slot('search-shortcut')} id={`${id}-hint`} title={m.searchShortcut(shortcutKey)}>
            <span aria-hidden="true">{shortcutKey}</span>
            <VisuallyHidden>{m.searchShortcut(shortcutKey)}</VisuallyHidden>
          </kbd>
        )}
        {value !== '' && (
          <button type="button" {...slot('search-clear', { defaults: 'tk-button' })} data-variant="ghost" aria-label={m.searchClear} onClick={clear}>
            <span aria-hidden="true">×</span>
          </button>
        )}
        <span {...slot('search-busy', { state: busy ? 'busy' : 'idle' })} role="status">
          {busy ? m.searching : ''}
        </span>
      </div>
    </div>
  );
}

/** The search box, memoised on what it shows. */
export const SearchBox = memo(SearchBoxImpl);
