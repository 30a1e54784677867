import { useTicketList, type TicketListOptions, type TicketListResult } from '@ticketkit/react';
import { createContext, useContext, type ReactNode } from 'react';

const ListStateContext = createContext<TicketListResult | null>(null);

/** Props of `TicketListStateProvider`. */
export interface TicketListStateProviderProps extends TicketListOptions {
  /** A list state the host already holds (from `useTicketList`); when given, the options are ignored. */
  state?: TicketListResult;
  children?: ReactNode;
}

function OwnListState({ children, ...options }: TicketListOptions & { children?: ReactNode }): ReactNode {
  const state = useTicketList(options);
  return <ListStateContext.Provider value={state}>{children}</ListStateContext.Provider>;
}

/**
 * Shares ONE list state (filters, search, sort, page and the loaded page) with every `TicketList`, `TicketFilters`
 * and `Pagination` below it. Takes the options of `useTicketList` (controlled, uncontrolled or URL), or a `state`.
 */
export function TicketListStateProvider({ state, children, ...options }: TicketListStateProviderProps): ReactNode {
  if (state) return <ListStateContext.Provider value={state}>{children}</ListStateContext.Provider>;
  return <OwnListState {...options}>{children}</OwnListState>;
}

/** The list state of the nearest `TicketListStateProvider`, or `null` outside one. */
export function useListStateContext(): TicketListResult | null {
  return useContext(ListStateContext);
}

/** Props every list component takes to find its list state. */
export interface ListStateProps {
  /** The list state to show and change (from `useTicketList`). Default: the nearest `TicketListStateProvider`'s. */
  state?: TicketListResult;
}

/**
 * Renders `render(state)` with the component's list state: the `state` prop, else the provider's, else a state of its
 * own (so a component also works alone inside a `TicketsProvider`).
 */
export function WithListState({
  state,
  render,
}: ListStateProps & { render: (state: TicketListResult) => ReactNode }): ReactNode {
  const fromContext = useListStateContext();
  const resolved = state ?? fromContext;
  if (resolved) return render(resolved);
  return <TicketListStateProvider>{<FromContext render={render} />}</TicketListStateProvider>;
}

function FromContext({ render }: { render: (state: TicketListResult) => ReactNode }): ReactNode {
  return render(useListStateContext()!);
}
