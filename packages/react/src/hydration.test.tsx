import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createHarness } from '../test/harness';
import { draftKey } from './draft-storage';
import { useReplyComposer } from './use-composer';
import { useTicketList } from './use-ticket-list';

function Composer() {
  const reply = useReplyComposer('TK-1001');
  const list = useTicketList({ url: true, prefetchNextPage: false });
  return (
    <form>
      <p>page {list.query.page}</p>
      <textarea aria-label="Reply" value={reply.draft} onChange={(event) => reply.setDraft(event.target.value)} />
    </form>
  );
}

describe('hydration', () => {
  it('hydrates server HTML without a mismatch, then shows the saved draft and the URL state', async () => {
    const harness = createHarness();
    const app = (
      <harness.Wrapper>
        <Composer />
      </harness.Wrapper>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(app); // the server knows neither the draft nor the URL
    document.body.append(container);
    window.sessionStorage.setItem(draftKey('reply', harness.viewer.id, 'TK-1001'), 'saved before the reload');
    window.history.replaceState(null, '', '/?page=2');

    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, app, { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.querySelector('textarea')?.value).toBe('saved before the reload');
    expect(container.querySelector('p')?.textContent).toBe('page 2');
    act(() => root.unmount());
    container.remove();
  });
});
