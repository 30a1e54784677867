/**
 * Whether a `Content-Type` header says JSON: the media type `application/json` exactly (any case), optionally followed
 * by parameters such as `; charset=utf-8`. A prefix test would also take `application/json.evil` or
 * `application/jsonp`, which are other types.
 */
export function isJsonMediaType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const semicolon = header.indexOf(';');
  const type = (semicolon === -1 ? header : header.slice(0, semicolon)).trim();
  return type.toLowerCase() === 'application/json';
}
