/**
 * @ticketkit/ui: styled, accessible parts of the tickets panel on top of `@ticketkit/react`.
 * Import the stylesheet once: `import '@ticketkit/ui/styles.css'`.
 */
export { cn } from './lib/cn';
export { createSlots, type StyleProps, type SlotAttributes, type SlotOptions, type SlotFn } from './lib/slots';
export { getFormatter, useFormat, type Formatter } from './lib/format';
export { errorText, fieldName } from './lib/errors';
export { TicketsUIProvider, useMessages, type TicketsUIProviderProps } from './messages/context';
export { defaultMessages, mergeMessages, type TicketsUIMessages, type MessagesOverride } from './messages/messages';
export type { CommonMessages, FieldNames } from './messages/common';
export { plural, pluralCategory, type PluralForms } from './messages/plural';
export type { TicketListMessages } from './messages/list';
export type { TicketFiltersMessages } from './messages/filters';
export type { PaginationMessages } from './messages/pagination';
export {
  TicketListStateProvider,
  useListStateContext,
  type TicketListStateProviderProps,
  type ListStateProps,
} from './state/list-state';
export { StatusBadge, PriorityBadge, type StatusBadgeProps, type PriorityBadgeProps } from './parts/badges';
export { Highlight, type HighlightProps } from './parts/highlight';
export { VisuallyHidden } from './parts/visually-hidden';
export { activeFilters, clearFilters, type ActiveFilters } from './state/filters';

export {
  TicketList,
  listViewState,
  type TicketListProps,
  type TicketListPart,
  type TicketListViewState,
  type TicketListDensity,
} from './ticket-list/ticket-list';
export { SnippetText } from './ticket-list/cells';
export { formatWait, initials, LONG_WAIT_MS } from './ticket-list/waiting';
export {
  ticketColumns,
  DEFAULT_TICKET_COLUMNS,
  TICKET_COLUMN_ORDER,
  resolveColumns,
  fieldColumn,
  type TicketColumn,
  type TicketColumnId,
  type TicketColumnSpec,
  type FieldColumnId,
  type TicketCellContext,
} from './ticket-list/columns';
export { TicketFilters, type TicketFiltersProps } from './ticket-filters/ticket-filters';
export type { TicketFiltersPart } from './ticket-filters/parts';
export { QuickViews, QUICK_VIEWS, currentQuickView, type QuickViewsProps, type QuickViewId } from './ticket-filters/quick-views';
export { presetRange, DATE_PRESETS, type DatePreset } from './ticket-filters/date-presets';
export { weekStartFor, type WeekStart } from './ticket-filters/week-start';
export { Pagination, type PaginationProps, type PaginationPart } from './pagination/pagination';
export { pageItems, type PageItem } from './pagination/page-items';
export { parsePageInput } from './pagination/parse-page';
export {
  TicketDetail,
  detailViewState,
  type TicketDetailProps,
  type TicketDetailPart,
  type TicketDetailViewState,
  type TicketDetailComponents,
  type TicketDetailActionsContext,
  type TicketDetailActionsRender,
} from './ticket-detail/ticket-detail';
export { TicketHeader, type TicketHeaderProps } from './ticket-detail/ticket-header';
export { TicketControls, type TicketControlsProps } from './ticket-detail/ticket-controls';
export { TicketProperties, type TicketPropertiesProps } from './ticket-detail/ticket-properties';
export { TicketTools, type TicketToolsProps } from './ticket-detail/ticket-tools';
export { RequesterTickets, type RequesterTicketsProps } from './ticket-detail/requester-tickets';
export { FieldValueText, fieldValueText, type FieldValueTextProps } from './ticket-detail/field-value';
export { Conversation, type ConversationProps, type ConversationPart } from './conversation/conversation';
export { MessageText, type MessageTextProps } from './conversation/message-text';
export { tokenizeText, safeHref, type TextToken } from './conversation/linkify';
export { ReplyComposer, type ReplyComposerProps, type ReplyComposerPart } from './composer/reply-composer';
export { NoteComposer, type NoteComposerProps, type NoteComposerPart } from './composer/note-composer';
export { TicketComposer, type TicketComposerProps, type TicketComposerPart, type ComposerMode } from './composer/ticket-composer';
export { fillTemplate, type ReplyTemplate, type TemplateContext } from './composer/templates';
export { activityText } from './conversation/activity-item';
export { NotesPanel, type NotesPanelProps, type NotesPanelPart } from './notes-panel/notes-panel';
export { TicketsPanel, type TicketsPanelProps, type TicketsPanelPart, type TicketsPanelLayout } from './tickets-panel/tickets-panel';
export type { TicketDetailMessages } from './messages/detail';
export type { NotesPanelMessages } from './messages/notes';
export type { TicketsPanelMessages } from './messages/panel';
export type { QueueMessages } from './messages/queue';
export type { TimelineMessages } from './messages/timeline';
export { TicketInsights, type TicketInsightsProps } from './insights/ticket-insights';
export type { TicketInsightsPart } from './insights/parts';
export type { TicketInsightsMessages } from './messages/insights';
export { formatDuration } from './insights/format-duration';
export { ExportCsvButton, type ExportCsvButtonProps, type ExportCsvButtonPart } from './export/export-csv-button';
