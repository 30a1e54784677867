/** One item of the page list: a page number, or a gap standing for the pages left out. */
export type PageItem = number | 'gap-start' | 'gap-end';

/**
 * The pages to show around `current` out of `count`: always the first and last `boundaries` pages and `siblings`
 * on each side of the current one, with a gap where pages are left out. The number of items stays the same
 * wherever the current page is, so the controls do not shift while paging.
 */
export function pageItems(current: number, count: number, siblings = 1, boundaries = 1): PageItem[] {
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const slots = 2 * boundaries + 2 * siblings + 3;
  if (count <= slots) return range(1, count);

  const page = Math.min(Math.max(1, current), count);
  const start = Math.max(Math.min(page - siblings, count - boundaries - 2 * siblings - 1), boundaries + 2);
  const end = Math.min(Math.max(page + siblings, boundaries + 2 * siblings + 2), count - boundaries - 1);

  const items: PageItem[] = range(1, boundaries);
  items.push(start > boundaries + 2 ? 'gap-start' : boundaries + 1);
  items.push(...range(start, end));
  items.push(end < count - boundaries - 1 ? 'gap-end' : count - boundaries);
  items.push(...range(count - boundaries + 1, count));
  return items;
}
