import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { planIds, shot, useBrowserPage, useBrowserSite } from '../helpers/browser-site';

// Issue 10 (usage that fits real people: an average or twelve months from the bills, kept through
// filters, pages and compare) and issue 17 (a ZIP shared with a city utility asks which name is on
// the bill), each with JavaScript on and off.
const site = useBrowserSite('usage');

const MONTHS = [1210, 1050, 880, 760, 900, 1280, 1620, 1700, 1440, 1010, 820, 1000];
const query = (page: Page) => new URL(page.url()).searchParams;

describe.each([
  ['with JavaScript', true],
  ['with JavaScript disabled', false],
] as const)('usage and utility flows %s', (_label, javaScriptEnabled) => {
  const view = useBrowserPage(site, { javaScriptEnabled, viewport: { width: 1024, height: 900 } });
  let page: Page;
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  beforeAll(() => {
    page = view.page;
  });

  it('typing an average usage ranks for it, shows it, and keeps it through a filter, a page change and compare', async () => {
    await page.goto(`${site.url}/texas/houston`);
    await page.getByLabel('Average monthly usage (kWh)').fill('837');
    await page.getByRole('button', { name: 'Update plans' }).click();
    await page.waitForURL(/usage=837/);
    expect(await page.getByLabel('Average monthly usage (kWh)').inputValue()).toBe('837');
    const api = await (await fetch(`${site.url}/api/plans?city=houston&usage=837`)).json();
    expect(await planIds(page)).toEqual(api.plans.map((p: { plan: { id: string } }) => p.plan.id));

    await page.getByLabel('Rate type').selectOption('fixed');
    await page.getByRole('button', { name: 'Update plans' }).click();
    await page.waitForURL(/fixed-rate\?usage=837/);
    expect(await page.getByLabel('Average monthly usage (kWh)').inputValue()).toBe('837');

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: '2', exact: true }).click();
    await page.waitForURL(/page=2/);
    expect(query(page).get('usage')).toBe('837');

    const boxes = page.getByRole('checkbox', { name: 'Select to compare' });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: /Compare selected plans/ }).click();
    await page.waitForURL(/\/compare\?/);
    expect(query(page).get('usage')).toBe('837');
    expect(await page.getByLabel('Average monthly usage (kWh)').inputValue()).toBe('837');
    expect(await page.locator('[data-compare-month]').count()).toBe(12);
    await shot(page, `usage-average-${tag}`);
  });

  it('twelve months from the bills rank the list, stay in the URL, and survive a filter, a page change and compare', async () => {
    await page.goto(`${site.url}/texas/houston`);
    if (javaScriptEnabled) await page.locator('[data-months-form] summary').click();
    else await page.locator('[data-months-form] summary').click(); // <details> opens without script too
    const fields = page.locator('input[name="months"]');
    for (const [i, kwh] of MONTHS.entries()) await fields.nth(i).fill(String(kwh));
    await page.getByRole('button', { name: 'Update plans' }).click();
    await page.waitForURL(/months=/);
    expect(query(page).get('months')).toBe(MONTHS.join(','));
    expect(await fields.nth(7).inputValue()).toBe('1700');
    const api = await (await fetch(`${site.url}/api/plans?city=houston&months=${MONTHS.join(',')}`)).json();
    expect(await planIds(page)).toEqual(api.plans.map((p: { plan: { id: string } }) => p.plan.id));
    expect(api.usage.fromBills).toBe(true);

    await page.getByLabel('Contract length').selectOption('12');
    await page.getByRole('button', { name: 'Update plans' }).click();
    await page.waitForURL(/12-month\?months=/);
    expect(query(page).get('months')).toBe(MONTHS.join(','));

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: '2', exact: true }).click();
    await page.waitForURL(/page=2/);
    expect(query(page).get('months')).toBe(MONTHS.join(','));

    const boxes = page.getByRole('checkbox', { name: 'Select to compare' });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: /Compare selected plans/ }).click();
    await page.waitForURL(/\/compare\?/);
    expect(query(page).get('months')).toBe(MONTHS.join(','));
    expect(await page.locator('input[name="months"]').nth(6).inputValue()).toBe('1620');
    await shot(page, `usage-months-${tag}`);
  });

  it('a ZIP shared with a city utility asks which name is on the bill, and each answer works', async () => {
    await page.goto(`${site.url}/`);
    await page.getByLabel('Your ZIP code').fill('78520');
    await page.getByRole('button', { name: 'Compare plans' }).click();
    await page.waitForURL(/\/zip\/78520$/);
    const question = page.locator('[data-zip-kind="ask"]');
    expect(await question.textContent()).toContain("Which company's name is on your electricity bill?");
    await shot(page, `zip-ask-${tag}`);
    await question.getByRole('link', { name: /Brownsville Public Utilities Board/ }).click();
    await page.waitForURL(/bill=eia-/);
    expect(await page.locator('[data-zip-kind="no-choice-utility"]').textContent()).toContain('cannot choose');
    await page.goto(`${site.url}/zip/78520`);
    await page
      .locator('[data-zip-kind="ask"]')
      .getByRole('link', { name: /AEP Texas Central/ })
      .click();
    await page.waitForURL(/\/texas\/brownsville\?utility=AEP_CENTRAL/);
    expect(await page.locator('[data-city-lead="own-utility"]').textContent()).toContain(
      'Most homes in Brownsville are served by Brownsville Public Utilities Board',
    );
    expect(await planIds(page)).not.toHaveLength(0);
  });
});
