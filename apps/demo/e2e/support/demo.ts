import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results', 'screenshots');

const errorsByPage = new WeakMap<Page, Error[]>();

/** What a test opens: a path of the demo (default the tickets page), in a fresh browser context. */
export interface OpenOptions {
  path?: string;
  /** Colour scheme the browser reports; the demo's theme setting defaults to following it. */
  colorScheme?: 'light' | 'dark';
  /** The window's size. Default 1360×900, a laptop. */
  viewport?: { width: number; height: number };
}

/** The demo in the shared browser, for one test file: `open()` gives a page in a brand-new context (empty storage). */
export interface Demo {
  open(options?: OpenOptions): Promise<Page>;
  /** The base URL of the served demo. */
  readonly baseUrl: string;
}

/** Connects the file to the run's browser and closes every context a test opened once the test ends. */
export function useDemo(): Demo {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    baseUrl,
    async open(options = {}) {
      if (!browser) throw new Error('useDemo(): the browser is not connected yet (call open() inside a test).');
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: options.viewport ?? { width: 1360, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: 'reduce',
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      contexts.push(context);
      const page = await context.newPage();
      // A crash in the page fails the test that caused it, with the page's own message.
      const pageErrors: Error[] = [];
      page.on('pageerror', (error) => pageErrors.push(error));
      errorsByPage.set(page, pageErrors);
      await page.goto(options.path ?? '/tickets');
      await waitForApp(page);
      return page;
    },
  };
}

/** Errors thrown in the page (uncaught) since it opened. */
export function pageErrors(page: Page): Error[] {
  return errorsByPage.get(page) ?? [];
}

/** Waits until the app has loaded its data and rendered (its main area may sit behind an open drawer). */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#main').waitFor({ state: 'attached', timeout: 20_000 });
}

/** Waits until every change is saved in the browser, so a reload finds it. */
export async function waitForSaved(page: Page): Promise<void> {
  // By its state, not its role: an open drawer hides the rest of the page from the accessibility tree.
  await page.locator('.save-status[data-state="saved"]').waitFor({ state: 'attached', timeout: 15_000 });
}

/** Reloads like a person pressing F5, once the demo has saved its changes. */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await waitForSaved(page);
  await page.reload();
  await waitForApp(page);
}

/** Picks an option of one of the demo's switches ("Signed in as", "Theme", "Latency", "Failures") by its label. */
export async function setDemoSwitch(page: Page, switchLabel: string, optionLabel: string | RegExp): Promise<void> {
  const select = page.getByRole('region', { name: 'Demo controls' }).getByLabel(switchLabel, { exact: true });
  const options = await select.locator('option').allTextContents();
  const label = options.find((text) => (typeof optionLabel === 'string' ? text === optionLabel : optionLabel.test(text)));
  if (label === undefined) throw new Error(`No option ${String(optionLabel)} in "${switchLabel}": ${options.join(' | ')}`);
  await select.selectOption({ label });
}

/** Saves a screenshot of the viewport as `test-results/screenshots/<name>.png` (kept as a test artifact). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}
