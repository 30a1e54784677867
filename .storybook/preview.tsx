import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import '../packages/ui/src/styles.css';

/** Puts the theme on <html> too: menus and dialogs are portaled to <body>, outside the story's wrapper. */
function DocumentTheme({ theme }: { theme: string }): null {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

/** Applies the toolbar's theme and direction around every story, the way a host app would. */
const withThemeAndDirection: Decorator = (Story, context) => {
  const theme = context.globals.theme ?? 'light';
  const dir = context.globals.direction ?? 'ltr';
  return (
    <div data-theme={theme} dir={dir} lang={context.globals.locale ?? 'en-US'} className="tk-story-root">
      <DocumentTheme theme={theme} />
      <Story />
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndDirection],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale for dates and numbers',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ar-EG', 'ja-JP'], dynamicTitle: true },
    },
    viewer: {
      description: 'Who is looking',
      toolbar: { title: 'Viewer', icon: 'user', items: ['admin', 'member'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en-US', viewer: 'admin' },
  parameters: {
    controls: { expanded: true },
    // Any axe violation fails the story when stories run as tests.
    a11y: { test: 'error' },
  },
};

export default preview;
