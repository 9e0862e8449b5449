import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { planIds, shot, useBrowserPage, useBrowserSite } from '../helpers/browser-site';

const site = useBrowserSite('shopper');

const years = (page: Page) => page.$$eval('[data-year]', (els) => els.map((e) => Number(e.getAttribute('data-year'))));

describe.each([
  ['with JavaScript', true],
  ['with JavaScript disabled', false],
] as const)('shopper flows %s', (label, javaScriptEnabled) => {
  const view = useBrowserPage(site, { javaScriptEnabled, viewport: { width: 390, height: 844 } });
  let page: Page;
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  beforeAll(() => {
    page = view.page;
  });

  it('ZIP with one utility → the city list for that utility', async () => {
    await page.goto(`${site.url}/`);
    await page.getByLabel('Your ZIP code').fill('75201');
    await page.getByRole('button', { name: 'Compare plans' }).click();
    await page.waitForURL(/\/texas\/dallas\?utility=ONCOR$/);
    expect(await page.locator('h1').textContent()).toContain('Dallas');
    expect((await years(page)).length).toBe(20);
    await shot(page, `zip-single-${tag}`);
  });

  it('ZIP split between utilities → asks which one, and each choice works', async () => {
    await page.goto(`${site.url}/`);
    await page.getByLabel('Your ZIP code').fill('77414');
    await page.getByRole('button', { name: 'Compare plans' }).click();
    await page.waitForURL(/\/zip\/77414$/);
    const choices = page.locator('[data-zip-kind="multiple"] a');
    expect(await choices.count()).toBe(3);
    await shot(page, `zip-multiple-${tag}`);
    await choices.first().click();
    await page.waitForURL(/utility=/);
    expect((await years(page)).length).toBeGreaterThan(0);
  });

  it('ZIP without retail choice → names the utility', async () => {
    await page.goto(`${site.url}/zip/78701`);
    expect(await page.locator('[data-zip-kind="not-deregulated"]').textContent()).toContain('Austin Energy');
    await shot(page, `zip-not-deregulated-${tag}`);
  });

  it('invalid ZIP → the form again with an announced error', async () => {
    await page.goto(`${site.url}/`);
    await page.getByLabel('Your ZIP code').fill('7520');
    await page.getByRole('button', { name: 'Compare plans' }).click();
    await page.waitForURL(/\/zip\?zip=7520$/);
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('not a 5-digit ZIP code');
    expect(await page.getByLabel('Your ZIP code').getAttribute('aria-invalid')).toBe('true');
    await shot(page, `zip-invalid-${tag}`);
  });

  it('city page: a filter and a usage change re-rank the list as the cost engine says', async () => {
    await page.goto(`${site.url}/texas/dallas`);
    const before = await planIds(page);
    await page.getByLabel('Average monthly usage (kWh)').fill('500');
    await page.getByLabel('Contract length').selectOption('12');
    await page.getByRole('button', { name: 'Update plans' }).click();
    await page.waitForURL(/\/texas\/dallas\/12-month\?usage=500$/);
    const after = await planIds(page);
    expect(after).not.toEqual(before);
    const api = await (await fetch(`${site.url}/api/plans?city=dallas&usage=500&term=12`)).json();
    expect(after).toEqual(api.plans.map((p: { plan: { id: string } }) => p.plan.id));
    // Ranked by the next twelve months (issue 10).
    const shown = await years(page);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    await shot(page, `city-filtered-${tag}`);
  });

  it('compare: pick two plans on a city page and see them side by side, the year as bars and the curves on one chart', async () => {
    await page.goto(`${site.url}/texas/houston`);
    const boxes = page.getByRole('checkbox', { name: 'Select to compare' });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: /Compare selected plans/ }).click();
    await page.waitForURL(/\/compare\?/);
    expect(await page.locator('[data-compare] thead th').count()).toBe(3);
    // Issue 10 adds the twelve months side by side before the cost curves.
    const year = page.locator('svg[data-year-chart]');
    expect(await year.count()).toBe(1);
    expect(await year.locator('rect[data-priced-by]').count()).toBe(24);
    const chart = page.locator('svg[role="img"]:not([data-year-chart])');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('path').count()).toBeGreaterThanOrEqual(2);
    await shot(page, `compare-${tag}`);
  });

  it('plan page: the cost curve and price history charts render', async () => {
    await page.goto(`${site.url}/texas/lubbock`);
    await page.locator('[data-plan-id] h3 a').first().click();
    await page.waitForURL(/\/plans\/[0-9a-f]{24}$/);
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(1);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await shot(page, `plan-${tag}`);
  });
});
