import type { StorybookConfig } from '@storybook/react-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { sourceConditions } from '../scripts/lib/source-conditions.mjs';

const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    // The root tsconfig lists no files (each package has its own): read the props from the UI package's project.
    reactDocgenTypescriptOptions: { tsconfigPath: fileURLToPath(new URL('../packages/ui/tsconfig.json', import.meta.url)) },
  },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Stories run on the packages' TypeScript source: nothing needs building first.
      resolve: { conditions: sourceConditions },
    }),
};

export default config;
