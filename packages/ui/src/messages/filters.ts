import { plural } from './plural';

/** Strings of `TicketFilters`. Values arrive already formatted for the locale. */
export interface TicketFiltersMessages {
  /** Accessible name of the filter bar. */
  label: string;
  statusLabel: string;
  statusAll: string;
  /** The status filter's choice of every status not done. */
  statusUnsolved: string;
  /** Text of the status menu button, e.g. `Status: Open`. */
  statusTrigger: (status: string) => string;
  /** Label before the range on the date button, e.g. `Created:`. */
  dateLabel: string;
  dateAny: string;
  dateDialogTitle: string;
  dateDialogDescription: string;
  presetsLabel: string;
  presets: { today: string; last7Days: string; last30Days: string };
  dateClear: string;
  dateDone: string;
  /** Added to the label of a selected day in the calendar. */
  dateSelected: string;
  calendarNav: string;
  previousMonth: string;
  nextMonth: string;
  /** Shown when the calendar's code could not be downloaded (offline, or the app was updated meanwhile). */
  calendarLoadFailed: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchClear: string;
  /** Hint for the key that focuses the search box. */
  searchShortcut: (key: string) => string;
  searching: string;
  /** On a narrow bar, the button that shows the status, assignee, priority and date filters (with how many are on). */
  more: string;
  summaryLabel: string;
  summaryNone: string;
  /** How many filters are on, e.g. `2 filters`: their number, and it formatted for the locale. */
  summaryCount: (count: number, formatted: string) => string;
  chipStatus: (status: string) => string;
  chipDate: (range: string) => string;
  chipSearch: (text: string) => string;
  removeFilter: (filter: string) => string;
  clearAll: string;
  /** A custom field filter's menu or box, e.g. "Plan: Any". */
  fieldTrigger: (field: string, value: string) => string;
  /** A custom field filter with no value. */
  fieldAny: string;
  /** The label of a typed custom field filter, e.g. "Filter by Order". */
  fieldInputLabel: (field: string) => string;
  /** The chip of an applied custom field filter. */
  chipField: (field: string, value: string) => string;
}

/** English defaults of `TicketFiltersMessages`. */
export const ticketFiltersMessages: TicketFiltersMessages = {
  label: 'Filter tickets',
  statusLabel: 'Status',
  statusAll: 'All',
  statusUnsolved: 'Unsolved',
  statusTrigger: (status) => `Status: ${status}`,
  dateLabel: 'Created:',
  dateAny: 'Any date',
  dateDialogTitle: 'Created between',
  dateDialogDescription: 'Pick the first and the last day, or a preset.',
  presetsLabel: 'Presets',
  presets: { today: 'Today', last7Days: 'Last 7 days', last30Days: 'Last 30 days' },
  dateClear: 'Clear dates',
  dateDone: 'Done',
  dateSelected: 'selected',
  calendarNav: 'Months',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  calendarLoadFailed: 'The calendar could not be downloaded. Pick a preset, or try again.',
  searchLabel: 'Search tickets',
  searchPlaceholder: 'ID, user, email or description',
  searchClear: 'Clear search',
  searchShortcut: (key) => `Press ${key} to search`,
  searching: 'Searching…',
  more: 'Filters',
  summaryLabel: 'Active filters',
  summaryNone: 'No filters',
  summaryCount: (count, formatted) => plural('en', count, { one: `${formatted} filter`, other: `${formatted} filters` }),
  chipStatus: (status) => `Status: ${status}`,
  fieldTrigger: (field, value) => `${field}: ${value}`,
  fieldAny: 'Any',
  fieldInputLabel: (field) => `Filter by ${field}`,
  chipField: (field, value) => `${field}: ${value}`,
  chipDate: (range) => `Created: ${range}`,
  chipSearch: (text) => `Search: “${text}”`,
  removeFilter: (filter) => `Remove ${filter}`,
  clearAll: 'Clear all',
};
