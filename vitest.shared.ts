// Re-exported for TypeScript configs; Storybook's main.ts imports the .mjs directly (Node loads it without a build).
export { sourceConditions, sourceSsrConditions } from './scripts/lib/source-conditions.mjs';
