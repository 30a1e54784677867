/**
 * What the tests put in place of the browser's ResizeObserver or IntersectionObserver (jsdom has neither): it
 * records the elements it watches, and each test reports entries by hand through `callback`.
 */
export class RecordingObserver<Callback> {
  readonly targets = new Set<Element>();
  constructor(protected readonly callback: Callback) {}
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
}
