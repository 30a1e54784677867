import type { HTMLAttributes, ReactNode } from 'react';

// Inline, not a class: text for screen readers must stay hidden even in unstyled mode or without the stylesheet.
const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** Text only screen readers get. */
export function VisuallyHidden(props: HTMLAttributes<HTMLSpanElement>): ReactNode {
  return <span {...props} style={{ ...hidden, ...props.style }} />;
}
