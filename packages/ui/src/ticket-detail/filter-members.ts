import { foldSearchText } from '@ticketkit/core';

/** The words of a filter, folded (case and accents ignored); none for a blank filter. */
function filterWords(filter: string): string[] {
  return foldSearchText(filter).split(/\s+/).filter(Boolean);
}

/** Whether `text` contains every word of `filter`, ignoring case and accents; a blank filter matches everything. */
export function matchesFilter(text: string, filter: string): boolean {
  const haystack = foldSearchText(text);
  return filterWords(filter).every((word) => haystack.includes(word));
}

/** Team members whose name or email contains every word of `filter`, ignoring case and accents; in their order. */
export function filterMembers<T extends { name: string; email: string }>(members: readonly T[], filter: string): T[] {
  if (filterWords(filter).length === 0) return [...members];
  return members.filter((member) => matchesFilter(`${member.name} ${member.email}`, filter));
}
