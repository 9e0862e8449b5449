// Issue 16 in Chromium: the ZIP form on /es, filters and usage on a Spanish city page, the
// language switch keeping that state, and the whole flow with JavaScript disabled.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { planIds, shot, useBrowserPage, useBrowserSite } from '../helpers/browser-site';

const site = useBrowserSite('es');

const lang = (page: Page) => page.locator('html').getAttribute('lang');

describe.each([
  ['with JavaScript', true],
  ['with JavaScript disabled', false],
] as const)('Spanish shopper flows %s', (_label, javaScriptEnabled) => {
  const view = useBrowserPage(site, { javaScriptEnabled, viewport: { width: 390, height: 844 } });
  let page: Page;
  const tag = javaScriptEnabled ? 'js' : 'nojs';
  beforeAll(() => {
    page = view.page;
  });

  it('the ZIP form on /es leads to the Spanish city list for that utility', async () => {
    await page.goto(`${site.url}/es`);
    expect(await lang(page)).toBe('es');
    await page.getByLabel('Su código postal').fill('75201');
    await page.getByRole('button', { name: 'Comparar planes' }).click();
    await page.waitForURL(/\/es\/texas\/dallas\?utility=ONCOR$/);
    expect(await page.locator('h1').textContent()).toContain('Planes de electricidad en Dallas');
    expect((await planIds(page)).length).toBe(20);
    await shot(page, `es-zip-single-${tag}`);
  });

  it('a bad ZIP on /es gets the Spanish form back with an announced error', async () => {
    await page.goto(`${site.url}/es`);
    await page.getByLabel('Su código postal').fill('7520');
    await page.getByRole('button', { name: 'Comparar planes' }).click();
    await page.waitForURL(/\/es\/zip\?zip=7520$/);
    expect(await page.getByRole('alert').textContent()).toContain('no es un código postal de 5 dígitos');
    expect(await page.getByLabel('Su código postal').getAttribute('aria-invalid')).toBe('true');
  });

  it('filters and usage on a Spanish city page re-rank the list as on the English page', async () => {
    await page.goto(`${site.url}/es/texas/dallas`);
    const before = await planIds(page);
    await page.getByLabel('Consumo mensual promedio (kWh)').fill('500');
    await page.getByLabel('Duración del contrato').selectOption('12');
    await page.getByRole('button', { name: 'Actualizar planes' }).click();
    await page.waitForURL(/\/es\/texas\/dallas\/12-month\?usage=500$/);
    const after = await planIds(page);
    expect(after).not.toEqual(before);
    const api = await (await fetch(`${site.url}/api/plans?city=dallas&usage=500&term=12`)).json();
    expect(after).toEqual(api.plans.map((p: { plan: { id: string } }) => p.plan.id));
    await shot(page, `es-city-filtered-${tag}`);
  });

  it('the language switch keeps the filters and usage, both ways', async () => {
    await page.goto(`${site.url}/es/texas/dallas/12-month?usage=500`);
    const spanish = await planIds(page);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/texas\/dallas\/12-month\?usage=500$/);
    expect(page.url()).not.toContain('/es/');
    expect(await lang(page)).toBe('en');
    expect(await page.getByLabel('Average monthly usage (kWh)').inputValue()).toBe('500');
    expect(await planIds(page)).toEqual(spanish);
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/es\/texas\/dallas\/12-month\?usage=500$/);
    expect(await lang(page)).toBe('es');
    expect(await page.getByLabel('Duración del contrato').inputValue()).toBe('12');
  });

  it('suggests the other language in a small link that hides without JavaScript or a cookie', async () => {
    await page.goto(`${site.url}/texas/dallas?usage=800`);
    const hint = page.locator('[data-lang-hint] p');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.getByRole('link').getAttribute('href')).toBe('/es/texas/dallas?usage=800');
    await page.getByText('Ocultar').click();
    expect(await hint.isVisible()).toBe(false);
    expect(await view.context.cookies()).toEqual([]);
  });

  it('a Spanish plan card leads to the Spanish plan page', async () => {
    await page.goto(`${site.url}/es/texas/dallas`);
    await page.locator('[data-plan-id] h3 a').first().click();
    await page.waitForURL(/\/es\/plans\/[0-9a-f]{24}$/);
    expect(await lang(page)).toBe('es');
    await shot(page, `es-plan-${tag}`);
  });
});
