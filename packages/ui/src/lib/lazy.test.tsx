import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart, LazyLoadError, whenIdle } from './lazy';
import { LazyBoundary } from './lazy-boundary';

function Greeting({ name }: { name: string }): ReactNode {
  return <p>Hello {name}</p>;
}

/** A load the test settles by hand, counting how often it was asked for. */
function manualLoad() {
  const calls: { resolve: (component: typeof Greeting) => void; reject: (error: Error) => void }[] = [];
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { load, calls };
}

function Boundary({ part, children }: { part: { retry: () => void }; children: ReactNode }): ReactNode {
  return (
    <LazyBoundary
      fallback={<p role="status">Loading…</p>}
      failed={(retry) => (
        <div role="alert">
          Could not load <button onClick={retry}>Try again</button>
        </div>
      )}
      onRetry={part.retry}
    >
      {children}
    </LazyBoundary>
  );
}

describe('lazyPart', () => {
  it('shows the fallback until the code arrives, then the part; preload() asks for it once', async () => {
    const { load, calls } = manualLoad();
    const part = lazyPart('greeting', load);
    part.preload();
    part.preload();
    expect(load).toHaveBeenCalledTimes(1);
    render(
      <Boundary part={part}>
        <part.Component name="Ada" />
      </Boundary>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await act(async () => calls[0]!.resolve(Greeting));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders a part mounted after the preload at once, without a fallback', async () => {
    const { load, calls } = manualLoad();
    const part = lazyPart('greeting', load);
    part.preload();
    await act(async () => calls[0]!.resolve(Greeting));
    render(
      <Boundary part={part}>
        <part.Component name="Grace" />
      </Boundary>,
    );
    // Synchronously, in the first commit: no Suspense fallback in between.
    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps an instance mounted while loading, with its state, when the parent re-renders after the load', async () => {
    const { load, calls } = manualLoad();
    const mounts = vi.fn();
    function Counter(): ReactNode {
      const [count, setCount] = useState(() => (mounts(), 0));
      return <button onClick={() => setCount(count + 1)}>{`Count ${count}`}</button>;
    }
    const part = lazyPart<object>('counter', () => load().then(() => Counter));
    function Parent(): ReactNode {
      const [tick, setTick] = useState(0);
      return (
        <>
          <button onClick={() => setTick(tick + 1)}>{`Tick ${tick}`}</button>
          <Boundary part={part}>
            <part.Component />
          </Boundary>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Parent />);
    await act(async () => calls[0]!.resolve(Greeting));
    await user.click(await screen.findByRole('button', { name: 'Count 0' }));
    await user.click(screen.getByRole('button', { name: 'Tick 0' }));
    expect(screen.getByRole('button', { name: 'Count 1' })).toBeInTheDocument();
    expect(mounts).toHaveBeenCalledTimes(1);
  });

  it('shows an alert when the code could not load, and loads it again on retry', async () => {
    const { load, calls } = manualLoad();
    const part = lazyPart('greeting', load);
    const user = userEvent.setup();
    // React reports the caught load error on the console; the alert is what this test is about.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary part={part}>
        <part.Component name="Linus" />
      </Boundary>,
    );
    await act(async () => calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status')).toBeInTheDocument();
    await act(async () => calls[1]!.resolve(Greeting));
    expect(await screen.findByText('Hello Linus')).toBeInTheDocument();
    consoleError.mockRestore();
  });

  it('a failed preload is silent, and the render asks again', async () => {
    const { load, calls } = manualLoad();
    const part = lazyPart('greeting', load);
    part.preload();
    await act(async () => calls[0]!.reject(new TypeError('offline')));
    render(
      <Boundary part={part}>
        <part.Component name="Barbara" />
      </Boundary>,
    );
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => calls[1]!.resolve(Greeting));
    expect(await screen.findByText('Hello Barbara')).toBeInTheDocument();
  });
});

describe('LazyBoundary', () => {
  it("passes errors that are not load failures on to the host's boundary", () => {
    class HostBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
      override state = { error: null as Error | null };
      static getDerivedStateFromError(error: Error) {
        return { error };
      }
      override render() {
        return this.state.error ? <p>Host caught: {this.state.error.message}</p> : this.props.children;
      }
    }
    function Broken(): ReactNode {
      throw new Error('a bug in the part');
    }
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <HostBoundary>
        <Boundary part={{ retry: () => undefined }}>
          <Broken />
        </Boundary>
      </HostBoundary>,
    );
    expect(screen.getByText('Host caught: a bug in the part')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    consoleError.mockRestore();
  });

  it('names the part that failed, with the cause', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new LazyLoadError('the calendar', { cause });
    expect(error).toMatchObject({ name: 'LazyLoadError', part: 'the calendar', message: 'Could not load the calendar', cause });
  });
});

describe('whenIdle', () => {
  it('runs the task later, and not at all once cancelled', async () => {
    vi.useFakeTimers();
    try {
      const task = vi.fn();
      const cancelled = vi.fn();
      whenIdle(task);
      whenIdle(cancelled)();
      expect(task).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2500);
      expect(task).toHaveBeenCalledTimes(1);
      expect(cancelled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
