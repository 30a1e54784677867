// Zeros of the decimal digit blocks people type page numbers in: ASCII, Arabic-Indic, Persian, full-width.
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0xff10];

function toAsciiDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? char : String(code - zero);
  }
  return out;
}

/**
 * Reads a page number typed by a person: digits only (in any common script), from 1 to `pageCount`.
 * Returns `null` for anything else (`abc`, `2.5`, `0`, a page past the end), so no request is made for it.
 */
export function parsePageInput(text: string, pageCount: number): number | null {
  const digits = toAsciiDigits(text.trim());
  if (!/^\d{1,15}$/.test(digits)) return null;
  const page = Number(digits);
  return page >= 1 && page <= pageCount ? page : null;
}
