/** A piece of message text: plain text, or a link that is safe to make clickable. */
export type TextToken = { type: 'text'; text: string } | { type: 'link'; text: string; href: string; external: boolean };

// Only these schemes become links. `javascript:`, `data:`, `vbscript:` and the rest stay text, whatever their case.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// A candidate starts at a scheme we allow and runs to whitespace, a quote or an angle bracket.
const CANDIDATE = /(?:https?:\/\/|mailto:)[^\s<>"'`]+/gi;
// Punctuation that usually ends a sentence rather than a URL.
const TRAILING = /[.,;:!?'"*_~]+$/;

function trimTrailing(candidate: string): string {
  let url = candidate.replace(TRAILING, '');
  // Keep a closing bracket only when the URL opened one, e.g. a wiki link; "(see https://x.io)" drops it.
  for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
    while (url.endsWith(close) && count(url, close) > count(url, open)) url = url.slice(0, -1).replace(TRAILING, '');
  }
  return url;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** The href of a candidate if it is a well-formed http(s) or mailto URL, else `null`. */
export function safeHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') {
    const address = decodeOrNull(url.pathname);
    return address !== null && /^[^@\s]+@[^@\s]+$/.test(address) ? url.href : null;
  }
  return url.hostname === '' ? null : url.href;
}

// A message may hold a broken escape like `mailto:%E0%A4%A@x.io`; decoding it throws, and a throw here would take
// the whole conversation down while rendering. Such an address is simply not a link.
function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Splits plain text into text and link tokens. Only `http:`, `https:` and `mailto:` URLs that `new URL` accepts
 * become links; everything else, including `javascript:` and `data:` URLs, stays text. Joining every token's
 * `text` gives back the input unchanged.
 */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let at = 0;
  const pushText = (value: string) => {
    if (value === '') return;
    const last = tokens[tokens.length - 1];
    if (last?.type === 'text') last.text += value;
    else tokens.push({ type: 'text', text: value });
  };
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    // "xhttps://…" is part of a word, not a URL.
    if (start > 0 && /[\p{L}\p{N}_]/u.test(text[start - 1]!)) continue;
    const url = trimTrailing(match[0]);
    const href = safeHref(url);
    if (!href) continue;
    pushText(text.slice(at, start));
    tokens.push({ type: 'link', text: url, href, external: !href.startsWith('mailto:') });
    at = start + url.length;
  }
  pushText(text.slice(at));
  return tokens;
}
