const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^ -~\t\n\r]/;

/** Lower-cases `text` and strips accents (NFD, then combining marks dropped), so `José` matches `jose`. */
export function foldSearchText(text: string): string {
  // Most text is plain ASCII; skipping NFD for it keeps indexing 100,000 tickets fast.
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}

/** The folded words of a search: every one must occur somewhere in a ticket's text. */
export function searchWords(search: string): string[] {
  const folded = foldSearchText(search).trim();
  return folded === '' ? [] : [...new Set(folded.split(/\s+/))];
}
