/**
 * Resolve workspace packages to their TypeScript source in tests and Storybook, so nothing needs building first.
 * The `@ticketkit/source` condition sits first in each package's `exports` map; published consumers never see it.
 */
export const sourceConditions = ['@ticketkit/source', 'module', 'browser', 'development|production'];
/** The same for modules Vite loads for Node (server-side rendering, Vitest's node environment). */
export const sourceSsrConditions = ['@ticketkit/source', 'module', 'node', 'development|production'];
