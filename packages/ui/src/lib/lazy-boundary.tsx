import { Component, Suspense, type ReactNode } from 'react';
import { LazyLoadError } from './lazy';

/** Props of `LazyBoundary`. */
export interface LazyBoundaryProps {
  /** Shown while the code loads: give it `role="status"` and the loaded part's size, so nothing jumps. */
  fallback: ReactNode;
  /** Shown when the code could not load; `retry` loads it again. */
  failed: (retry: () => void) => ReactNode;
  /** Called before a retry renders the part again (the part's `retry()`, so React does not reuse the failure). */
  onRetry: () => void;
  children: ReactNode;
}

interface State {
  error: unknown;
}

/**
 * Suspense plus an error boundary for a `lazyPart`: a fallback while its code loads, a message with a retry when the
 * load failed, never a blank area. Only load failures are caught: any other error goes on to the host's boundary.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error !== null) {
      // Not ours to handle: a bug in the part, or the host's adapter throwing during render.
      if (!(error instanceof LazyLoadError)) throw error;
      return this.props.failed(this.retry);
    }
    return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>;
  }
}
