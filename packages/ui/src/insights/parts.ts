/** The parts of `TicketInsights`, for `classNames` (the `data-slot` without `ticket-insights-`). */
export type TicketInsightsPart =
  | 'root'
  | 'header'
  | 'title'
  | 'controls'
  | 'state'
  | 'figures'
  | 'figure'
  | 'figure-value'
  | 'figure-label'
  | 'chart'
  | 'chart-table'
  | 'section'
  | 'groups'
  | 'group'
  | 'group-change'
  | 'examples';
