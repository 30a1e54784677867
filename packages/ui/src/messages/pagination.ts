/** Strings of `Pagination`. Numbers arrive already formatted for the locale. */
export interface PaginationMessages {
  /** Accessible name of the navigation landmark. */
  label: string;
  first: string;
  previous: string;
  next: string;
  last: string;
  page: (page: string) => string;
  /** Label of the current page button. */
  currentPage: (page: string) => string;
  /** The current page of how many, shown instead of the numbered pages where the pagination is narrow: `3 / 200`. */
  position: (page: string, pageCount: string) => string;
  /** e.g. `26–50 of 1,234`; `count` is the total as a number, for languages whose wording depends on it. */
  range: (from: string, to: string, total: string, count: number) => string;
  noResults: string;
  pageSize: string;
  jumpLabel: string;
  jumpSubmit: string;
  /** The text typed is not a page number in range: the last page, and the first (`1`), formatted for the locale. */
  jumpInvalid: (max: string, min: string) => string;
}

/** English defaults of `PaginationMessages`. */
export const paginationMessages: PaginationMessages = {
  label: 'Pages',
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
  page: (page) => `Page ${page}`,
  currentPage: (page) => `Page ${page}, current page`,
  position: (page, pageCount) => `${page} / ${pageCount}`,
  range: (from, to, total) => `${from}–${to} of ${total}`,
  noResults: '0 tickets',
  pageSize: 'Per page',
  jumpLabel: 'Go to page',
  jumpSubmit: 'Go',
  jumpInvalid: (max, min) => `Enter a page number from ${min} to ${max}.`,
};
