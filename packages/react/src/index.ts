/**
 * @ticketkit/react: the headless layer. A provider, a query-key and options factory, and thin hooks over
 * `@ticketkit/core` and TanStack Query. No styles, no DOM of its own. Marked as client code in the build.
 */
export { TicketsProvider, type TicketsProviderProps } from './provider';
export { useTicketModel, useTicketsContext, type TicketsContextValue } from './context';
export type { SelectionStore } from './selection-store';
export { ticketKeys, ticketWriteKeys } from './keys';
export {
  ticketListOptions,
  ticketOptions,
  ticketMessagesOptions,
  ticketNotesOptions,
  ticketActivityOptions,
  teamMembersOptions,
  prefetchTicketDetail,
  type TicketQuerySource,
} from './query-options';
export {
  useTicketListState,
  DEFAULT_SEARCH_DEBOUNCE_MS,
  type TicketListState,
  type TicketListStateOptions,
  type SetQueryOptions,
} from './use-ticket-list-state';
export type { QuerySourceOptions } from './query-source';
export { historyUrlAdapter, type HistoryMode, type UrlAdapter } from './url-adapter';
export { useRouterUrlAdapter, type RouterNavigate } from './use-router-url-adapter';
export { useTicketList, type TicketListOptions, type TicketListResult } from './use-ticket-list';
export { useSelectedTicket, SELECTED_TICKET_PARAM, type SelectedTicketOptions } from './use-selected-ticket';
export { useOpenTicket } from './use-open-ticket';
export { useTicket, useTicketMessages, useTicketNotes, useTicketActivity, useTeamMembers } from './use-ticket-queries';
export { useTicketTimeline, mergeTimeline, type TicketTimeline, type TimelineEntry } from './use-ticket-timeline';
export { useTicketNeighbours, type TicketNeighbours } from './use-ticket-neighbours';
export { usePermissions, useCan, type TicketPermissions } from './use-permissions';
export { useTicketActions, type TicketActions, type TicketConflict, type TicketUpdateVariables, type UpdateOptions } from './use-ticket-actions';
export { useReplyComposer, useNoteComposer, type Composer, type SendVariables } from './use-composer';
export { draftKey, type DraftKind } from './draft-storage';
export { applyChangeEvent } from './live-updates';
export { useBulkSelection, type BulkSelection } from './use-bulk-selection';
export { useBulkUpdate, type BulkUpdate, type BulkUpdateVariables } from './use-bulk-update';
export {
  runBulkUpdate,
  summarizeBulkOutcomes,
  listAllMatching,
  MAX_BULK_TICKETS,
  type BulkTarget,
  type BulkUpdateSummary,
  type BulkUpdateOptions,
} from './bulk-update';
export { useSavedViews, savedViewStoreFor, type SavedViews } from './use-saved-views';
export { createBrowserSavedViewStore, MAX_SAVED_VIEW_NAME_LENGTH, type SavedViewStorage } from './saved-view-storage';
export {
  useQueueShortcuts,
  resolveQueueShortcuts,
  shortcutAction,
  isTypingTarget,
  DEFAULT_QUEUE_SHORTCUTS,
  type QueueShortcutAction,
  type QueueShortcutKeys,
  type QueueShortcutsOption,
} from './queue-shortcuts';
export { useTicketCount } from './use-ticket-count';
export { useInsights, insightsOptions, insightsKey } from './use-insights';
export { useTicketExport, type TicketExport, type TicketExportState } from './use-ticket-export';
