import { foldSearchText } from '@ticketkit/core';

/** Team members whose name or email contains every word of `filter`, ignoring case and accents; in their order. */
export function filterMembers<T extends { name: string; email: string }>(members: readonly T[], filter: string): T[] {
  const words = foldSearchText(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...members];
  return members.filter((member) => {
    const haystack = foldSearchText(`${member.name} ${member.email}`);
    return words.every((word) => haystack.includes(word));
  });
}
