import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { pageErrors, screenshot, setDemoSwitch, useDemo } from './support/demo';
import { expectRange, formatCount, listTotal } from './support/list';
import { storedPeople } from './support/stored-data';

const demo = useDemo();

describe('the Insights page', () => {
  test("shows figures that match the list: a group's count is the total of the list it opens", async () => {
    const page = await demo.open({ path: '/insights' });
    const insights = page.locator('[data-slot="ticket-insights"]');
    await insights.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 20_000 });
    expect(await axeViolations(page, '[data-slot="ticket-insights"]')).toEqual([]);
    await screenshot(page, 'insights-light');

    // The first recurring issue: its link names its count; the list it opens has exactly that total.
    const group = insights.locator('[data-slot="ticket-insights-group"] a').first();
    const name = (await group.getAttribute('aria-label'))!;
    const [, phrase, count] = /^(.+): show the ([\d,]+) tickets$/.exec(name)!;
    await group.click();
    await expect.poll(() => page.url()).toContain('/tickets?');
    expect(new URL(page.url()).searchParams.get('topic')).toBe(phrase);
    await expectRange(page, new RegExp(`of ${count}$`));
    expect(await listTotal(page)).toBe(Number(count!.replace(/,/g, '')));
    // The filter says what it is, and comes off.
    await page.getByText(`About: “${phrase}”`).waitFor();

    // Back: the figure "Tickets raised" opens the list of the period with the same total.
    await page.goBack();
    await insights.and(page.locator('[data-state="ready"]')).waitFor();
    const raised = insights.locator('[data-slot="ticket-insights-figure"] a').first();
    const raisedCount = Number((await raised.locator('[data-slot="ticket-insights-figure-value"]').textContent())!.replace(/,/g, ''));
    await raised.click();
    await expectRange(page, new RegExp(`of ${formatCount(raisedCount)}$`));

    // A handoff question of one assistant opens exactly its tickets too.
    await page.goBack();
    await insights.and(page.locator('[data-state="ready"]')).waitFor();
    const handoff = insights.locator('section section [data-slot="ticket-insights-group"] a').first();
    const handoffCount = /show the ([\d,]+) tickets$/.exec((await handoff.getAttribute('aria-label'))!)![1]!;
    await handoff.click();
    expect(new URL(page.url()).searchParams.get('handoff')).toBeTruthy();
    await expectRange(page, new RegExp(`of ${handoffCount}$`));
    expect(pageErrors(page)).toEqual([]);
  });

  test('in the dark theme, axe-clean', async () => {
    const page = await demo.open({ path: '/insights', colorScheme: 'dark' });
    await page.locator('[data-slot="ticket-insights"][data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await axeViolations(page, '[data-slot="ticket-insights"]')).toEqual([]);
    await screenshot(page, 'insights-dark');
  });

  test('a member sees only their own assistants', async () => {
    const page = await demo.open({ path: '/insights' });
    const { teamMembers, assistants } = await storedPeople(page);
    const taylor = teamMembers.find((person) => person.name === 'Taylor Quinn')!;
    await setDemoSwitch(page, 'Signed in as', 'Taylor Quinn (member)');
    const insights = page.locator('[data-slot="ticket-insights"][data-state="ready"]');
    await insights.waitFor({ timeout: 20_000 });
    const own = assistants.filter((assistant) => assistant.ownerId === taylor.id).map((assistant) => assistant.name).sort();
    const options = (await insights.getByLabel('Assistant', { exact: true }).locator('option').allTextContents()).slice(1).sort();
    expect(options).toEqual(own);
    const headings = await insights.locator('h4').allTextContents();
    for (const heading of headings) expect(own.some((name) => heading.startsWith(name))).toBe(true);
  });
});
