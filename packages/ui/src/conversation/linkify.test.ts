import { describe, expect, it } from 'vitest';
import { safeHref, tokenizeText } from './linkify';

const links = (text: string) => tokenizeText(text).filter((token) => token.type === 'link');
const joined = (text: string) => tokenizeText(text).map((token) => token.text).join('');

describe('tokenizeText', () => {
  it('keeps plain text as one text token', () => {
    expect(tokenizeText('Hello,\nworld')).toEqual([{ type: 'text', text: 'Hello,\nworld' }]);
    expect(tokenizeText('')).toEqual([]);
  });

  it('makes http, https and mailto URLs links, external only for http(s)', () => {
    expect(tokenizeText('See https://example.com/a?b=1#c now')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', text: 'https://example.com/a?b=1#c', href: 'https://example.com/a?b=1#c', external: true },
      { type: 'text', text: ' now' },
    ]);
    expect(links('http://x.io')).toMatchObject([{ href: 'http://x.io/', external: true }]);
    expect(links('write to mailto:help@example.com.')).toEqual([
      { type: 'link', text: 'mailto:help@example.com', href: 'mailto:help@example.com', external: false },
    ]);
  });

  it('leaves sentence punctuation and unmatched closing brackets out of the link', () => {
    expect(links('Go to https://example.com/path.')[0]!.text).toBe('https://example.com/path');
    expect(links('(see https://example.com/x)')[0]!.text).toBe('https://example.com/x');
    expect(links('https://en.wikipedia.org/wiki/Foo_(bar)')[0]!.text).toBe('https://en.wikipedia.org/wiki/Foo_(bar)');
    expect(links('Is it https://a.io/?!')[0]!.text).toBe('https://a.io/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/file',
    '<a href="javascript:alert(1)">x</a>',
    'https://',
    'mailto:',
    'mailto:javascript:alert(1)',
    'xhttps://example.com',
  ])('never makes a link of %s', (text) => {
    expect(links(text)).toEqual([]);
    expect(joined(text)).toBe(text);
  });

  it('stops a URL at quotes and angle brackets, so it cannot break out of an attribute', () => {
    const text = 'https://example.com/"onmouseover="alert(1)';
    expect(links(text)).toEqual([{ type: 'link', text: 'https://example.com/', href: 'https://example.com/', external: true }]);
    expect(joined(text)).toBe(text);
    expect(links('https://a.io/<script>')[0]!.text).toBe('https://a.io/');
  });

  it('gives back the input when the tokens are joined', () => {
    const text = 'a https://x.io/1, b mailto:a@b.co; c http://y.io/(z)) and javascript:void(0)\n\nend';
    expect(joined(text)).toBe(text);
    expect(links(text).map((token) => token.text)).toEqual(['https://x.io/1', 'mailto:a@b.co', 'http://y.io/(z)']);
  });
});

describe('safeHref', () => {
  it('accepts only well-formed http, https and mailto URLs', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com/');
    expect(safeHref('mailto:a@b.co')).toBe('mailto:a@b.co');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref('mailto:nobody')).toBeNull();
  });

  it('leaves a mailto address with a broken percent escape as text instead of throwing', () => {
    expect(safeHref('mailto:%E0%A4%A@example.com')).toBeNull();
    const text = 'write to mailto:%E0%A4%A@example.com please';
    expect(links(text)).toEqual([]);
    expect(joined(text)).toBe(text);
  });
});
