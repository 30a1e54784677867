// Characters that could end a log line or disguise one: C0 and C1 controls (CR, LF, ESC…), DEL, the Unicode line
// and paragraph separators, and the backslash that introduces our own escapes.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_LOG = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g;

/**
 * `text` made safe to put in one log line: every character that could start a new line or a terminal escape is
 * written `\uXXXX` (and `\` as `\\`), so untrusted text — a request path, a database message — cannot forge a line.
 */
export function escapeForLog(text: string): string {
  return text.replace(UNSAFE_IN_LOG, (char) => (char === '\\' ? '\\\\' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * What is worth logging about an unexpected error, on one escaped line plus its stack frames: its name, code (e.g.
 * PostgreSQL's SQLSTATE) and message. Never its other properties: database drivers attach the SQL text and its
 * parameters, which hold request data (a body, a token's hash) that has no place in a log.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return escapeForLog(`non-error thrown: ${typeof error}`);
  const code = (error as { code?: unknown }).code;
  const head = `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message}`;
  // V8 begins a stack with "<name>: <message>" (the name as it was when the error was made); the frames after the
  // message are file positions written by the runtime.
  const stack = error.stack ?? '';
  const end = error.message === '' ? stack.indexOf('\n') : stack.indexOf(error.message) + error.message.length;
  const frames = end < 0 ? '' : stack.slice(end).replace(/^\n/, '');
  return `${escapeForLog(head)}${frames ? `\n${frames}` : ''}`;
}
