import { Fragment, useMemo, type ReactNode } from 'react';
import { VisuallyHidden } from '../parts/visually-hidden';
import { tokenizeText } from './linkify';

/** Props of `MessageText`. */
export interface MessageTextProps {
  /** Plain text written by a person or an assistant. Rendered as text, never as HTML. */
  text: string;
  /** Announced after a link that opens in a new tab. */
  newTabLabel: string;
  /** Class of the links (dropped in unstyled mode by the caller). */
  linkClassName?: string | undefined;
}

function withLineBreaks(text: string, key: string): ReactNode {
  const lines = text.split(/\r\n|\r|\n/);
  // <br> rather than `white-space: pre-wrap` alone, so line breaks survive in unstyled mode and without the stylesheet.
  return lines.map((line, index) => (
    <Fragment key={`${key}-${index}`}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

/**
 * User text with its line breaks kept and its http(s) and mailto URLs made clickable. Every other character, HTML
 * included, is a React text node, so nothing a user wrote can become markup.
 */
export function MessageText({ text, newTabLabel, linkClassName }: MessageTextProps): ReactNode {
  const tokens = useMemo(() => tokenizeText(text), [text]);
  return tokens.map((token, index) =>
    token.type === 'text' ? (
      <Fragment key={index}>{withLineBreaks(token.text, String(index))}</Fragment>
    ) : token.external ? (
      <a key={index} href={token.href} target="_blank" rel="noopener noreferrer" className={linkClassName} data-slot="message-link">
        {token.text}
        <VisuallyHidden> {newTabLabel}</VisuallyHidden>
      </a>
    ) : (
      <a key={index} href={token.href} className={linkClassName} data-slot="message-link">
        {token.text}
      </a>
    ),
  );
}
