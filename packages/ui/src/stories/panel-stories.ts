import { expect, waitFor, within } from 'storybook/test';
import type { StoryTicketsParameters } from './with-tickets';

/** The stories' panel: 120 tickets, and its own list state (the decorator's shared one is turned off). */
export const panelStoryParameters = { ticketkit: { tickets: 120, listState: false } satisfies StoryTicketsParameters, layout: 'fullscreen' };

/** The list's rows in the story. */
export const panelRows = (canvasElement: HTMLElement) => Array.from(canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-ticket-id]'));

/** Waits for a full first page of rows. */
export const panelLoaded = (canvasElement: HTMLElement) => waitFor(() => expect(panelRows(canvasElement).length).toBe(25), { timeout: 5000 });

/** Queries over the whole page: the drawer, menus and dialogs are portaled to the body. */
export const body = () => within(document.body);
