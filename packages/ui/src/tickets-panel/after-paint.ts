import { afterPaint } from '@ticketkit/react';
import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the component's first frame, then true (in the task after that frame). For
 * parts below the first view that can follow a frame later, so the first frame is drawn sooner.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  return painted;
}
