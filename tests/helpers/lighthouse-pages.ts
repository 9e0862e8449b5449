// The pages Lighthouse checks, in the bench (performance) and in tests/integration/lighthouse.test.ts.
// The Spanish twins (issue 16) are held to the same accessibility and SEO scores.

export interface LighthousePage {
  name: string;
  /** A fixed path, or one found on the running server (a plan id depends on the data loaded). */
  path: string | ((baseUrl: string) => Promise<string>);
}

/** The cheapest Dallas plan's page, as the city page ranks it. */
async function cheapestDallasPlan(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/plans?city=dallas`);
  const body = (await res.json()) as { plans?: { plan: { id: string } }[] };
  const id = body.plans?.[0]?.plan.id;
  if (res.status !== 200 || !id) throw new Error(`no Dallas plan on ${baseUrl} (HTTP ${res.status})`);
  return `/plans/${id}`;
}

export const LIGHTHOUSE_PAGES: LighthousePage[] = [
  { name: 'home', path: '/' },
  { name: 'Dallas', path: '/texas/dallas' },
  { name: 'plan', path: cheapestDallasPlan },
  { name: 'home (es)', path: '/es' },
  { name: 'Dallas (es)', path: '/es/texas/dallas' },
  { name: 'plan (es)', path: async (baseUrl) => `/es${await cheapestDallasPlan(baseUrl)}` },
];

/** The pages with every path resolved against `baseUrl`'s data. */
export async function resolvePages(
  baseUrl: string,
  pages = LIGHTHOUSE_PAGES,
): Promise<{ name: string; path: string }[]> {
  const resolved = [];
  for (const page of pages)
    resolved.push({ name: page.name, path: typeof page.path === 'string' ? page.path : await page.path(baseUrl) });
  return resolved;
}
