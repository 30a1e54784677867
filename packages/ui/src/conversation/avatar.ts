/**
 * Up to two initials of a name, for an avatar: the first letters of its first and last words (`Ana Souza` → `AS`),
 * by grapheme so an accent or an emoji is never cut in half. `?` for a blank name.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const first = (word: string) => Array.from(word)[0]!.toLocaleUpperCase();
  return words.length === 1 ? first(words[0]!) : first(words[0]!) + first(words[words.length - 1]!);
}
