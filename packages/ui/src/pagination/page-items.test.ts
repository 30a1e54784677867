import { pageItems } from './page-items';

describe('pageItems', () => {
  it('lists every page when they fit', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('puts gaps where pages are left out, keeping seven items wherever the current page is', () => {
    expect(pageItems(1, 50)).toEqual([1, 2, 3, 4, 5, 'gap-end', 50]);
    expect(pageItems(4, 50)).toEqual([1, 2, 3, 4, 5, 'gap-end', 50]);
    expect(pageItems(5, 50)).toEqual([1, 'gap-start', 4, 5, 6, 'gap-end', 50]);
    expect(pageItems(46, 50)).toEqual([1, 'gap-start', 45, 46, 47, 'gap-end', 50]);
    expect(pageItems(47, 50)).toEqual([1, 'gap-start', 46, 47, 48, 49, 50]);
    expect(pageItems(50, 50)).toEqual([1, 'gap-start', 46, 47, 48, 49, 50]);
    for (let page = 1; page <= 50; page++) expect(pageItems(page, 50)).toHaveLength(7);
  });

  it('widens with more siblings', () => {
    expect(pageItems(10, 20, 2)).toEqual([1, 'gap-start', 8, 9, 10, 11, 12, 'gap-end', 20]);
  });
});
