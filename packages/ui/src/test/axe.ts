import axe from 'axe-core';

/** Runs axe on `element` and returns the violations as `rule: targets` lines (empty when clean). */
export async function axeViolations(element: Element): Promise<string[]> {
  // jsdom has no layout or colours: contrast is checked in real Chromium by the stories instead.
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
