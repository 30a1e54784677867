import { readFileSync } from 'node:fs';

/** The text of `openapi.yaml`. */
export function openApiText(): string {
  return readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
}

const unquote = (value: string) => value.trim().replace(/^'(.*)'$/, '$1');

/**
 * Every value of `openapi.yaml` by dotted path, e.g. `components.schemas.Text.maxLength` → `20000`. A reader for this
 * document's own layout, not for YAML in general: block maps, list items named by their first value
 * (`- name: page` → `[page]`), one-line `{ key: value }` maps and `|` blocks (their lines joined).
 */
export function openApiValues(text = openApiText()): Map<string, string> {
  const values = new Map<string, string>();
  const stack: { indent: number; key: string }[] = [];
  let block: { path: string; indent: number; lines: string[] } | null = null;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (block && (line.trim() === '' || indent > block.indent)) {
      block.lines.push(line.trim());
      continue;
    }
    if (block) values.set(block.path, block.lines.join(' ').trim());
    block = null;
    const match = /^( *)(- )?([^\s:#'][^:]*?|'[^']*'):(?: (.*))?$/.exec(line);
    if (!match) continue;
    let keyIndent = match[1]!.length;
    if (match[2]) {
      while (stack.length > 0 && stack.at(-1)!.indent >= keyIndent) stack.pop();
      stack.push({ indent: keyIndent, key: `[${unquote(match[4] ?? '')}]` });
      keyIndent += 2;
    }
    while (stack.length > 0 && stack.at(-1)!.indent >= keyIndent) stack.pop();
    const key = unquote(match[3]!);
    const path = [...stack.map((entry) => entry.key), key].join('.');
    stack.push({ indent: keyIndent, key });
    const value = (match[4] ?? '').trim();
    if (value === '|' || value === '>') {
      block = { path, indent: keyIndent, lines: [] };
      continue;
    }
    values.set(path, unquote(value));
    const flow = /^\{(.*)\}$/.exec(value);
    if (flow) for (const [, name, inner] of flow[1]!.matchAll(/([$\w]+): ([^,]+)/g)) values.set(`${path}.${name}`, unquote(inner!));
  }
  if (block) values.set(block.path, block.lines.join(' ').trim());
  return values;
}
