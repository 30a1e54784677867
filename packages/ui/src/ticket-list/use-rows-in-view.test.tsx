import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordingObserver } from '../test/recording-observer';
import { useRowsInView } from './use-rows-in-view';

// jsdom has no IntersectionObserver: a stand-in that records what is watched and reports on demand.
class FakeObserver extends RecordingObserver<IntersectionObserverCallback> {
  static last: FakeObserver | undefined;
  constructor(callback: IntersectionObserverCallback) {
    super(callback);
    FakeObserver.last = this;
  }
  /** Reports every watched row: those at `indexes` on screen, the others not. */
  show(indexes: number[]) {
    const entries = [...this.targets].map((target) => ({ target, isIntersecting: indexes.includes(Number((target as HTMLElement).dataset.index)) }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

function Rows({ items }: { items: string[] }) {
  const body = useRef<HTMLUListElement>(null);
  const { rowsFor, settling } = useRowsInView(body, items);
  return (
    <ul ref={body} data-state={settling ? 'settling' : 'settled'}>
      {items.map((item, index) => (
        <li key={index} data-index={index}>
          {rowsFor(index)[index] ?? item}
        </li>
      ))}
    </ul>
  );
}

const texts = (container: HTMLElement) => [...container.querySelectorAll('li')].map((li) => li.textContent);

afterEach(() => vi.unstubAllGlobals());

describe('useRowsInView', () => {
  it('updates the rows in view at once and the others after the paint', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container, rerender } = render(<Rows items={['a', 'b', 'c']} />);
    act(() => FakeObserver.last!.show([0]));
    rerender(<Rows items={['x', 'y', 'z']} />);
    expect(texts(container)).toEqual(['x', 'b', 'c']);
    expect(container.querySelector('ul')).toHaveAttribute('data-state', 'settling');
    await vi.waitFor(() => expect(texts(container)).toEqual(['x', 'y', 'z']));
    expect(container.querySelector('ul')).toHaveAttribute('data-state', 'settled');
  });

  it('stops watching rows that left, and watches the ones that came', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { container, rerender } = render(<Rows items={['a', 'b', 'c']} />);
    const observer = FakeObserver.last!;
    expect(observer.targets.size).toBe(3);
    rerender(<Rows items={['a']} />);
    expect([...observer.targets]).toEqual([container.querySelector('li')]);
    rerender(<Rows items={['a', 'b']} />);
    expect(observer.targets.size).toBe(2);
  });

  it('renders every row from the new value where rows cannot be watched', () => {
    const { container, rerender } = render(<Rows items={['a', 'b']} />);
    rerender(<Rows items={['x', 'y']} />);
    expect(texts(container)).toEqual(['x', 'y']);
  });
});
