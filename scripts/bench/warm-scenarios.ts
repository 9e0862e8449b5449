// Why: the warm hot paths run on one PostgreSQL + Redis server, right after nginx and bare Node send the same bytes.
import path from 'node:path';
import { startBareNode, startNginx, type Baseline, type FixedBody } from './baselines';
import { rssMb, sampleRss, type BenchServer } from './bench-servers';
import { measurePages, type PageSize } from './page-sizes';
import { getIdentity, runScenario, type BodyKind, type ScenarioResult } from './run-scenario';

export const CITY = '/texas/dallas';
export const ZIP_API = '/api/zip/75201';
const FILTER = '/texas/dallas/12-month/fixed-rate';
const API_CLIENTS = 256;
export const WARM_IDS = ['nginx', 'node', 'b', 'b1', 'd', 'f', 'nginx-zip', 'node-zip', 'e', 'e1'];

export interface WarmPhase {
  results: ScenarioResult[];
  pages: PageSize[];
  memory: { restMb: number; underLoad: { peakMb: number; meanMb: number; samples: number } | null };
  bodies: FixedBody[];
}

/** The site's own uncompressed bytes and Content-Type for `path`; throws unless it answers 200. */
export async function siteBody(base: string, p: string): Promise<FixedBody> {
  const { status, body, contentType } = await getIdentity(base + p);
  if (status !== 200) throw new Error(`GET ${p}: HTTP ${status}`);
  return { path: p, body, contentType };
}

/** Runs the baselines and the warm scenarios (ids filtered by `wanted`) against `server`. */
export async function runWarmPhase(
  server: BenchServer,
  tmp: string,
  durationS: number,
  wanted: (id: string) => boolean,
  track: (stop: () => Promise<void>) => void,
): Promise<WarmPhase> {
  const base = server.url;
  const bodies = [await siteBody(base, CITY), await siteBody(base, ZIP_API)];
  const plans = JSON.parse((await getIdentity(`${base}/api/plans?city=dallas`)).body.toString('utf8')) as {
    plans: { plan: { id: string } }[];
  };
  const [cheapest, second] = plans.plans.map((p) => p.plan.id);
  if (!cheapest || !second) throw new Error('no plans for Dallas in the bench database');
  const PLAN = `/plans/${cheapest}`;
  const pages = await measurePages(base, {
    home: '/',
    city: CITY,
    filter: FILTER,
    plan: PLAN,
    'zip-result': '/zip/75201',
    compare: `/compare?plans=${cheapest},${second}`,
  });
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const restMb = rssMb(server.pid);

  const nginx = await startNginx(bodies, path.join(tmp, 'nginx'));
  track(nginx.stop);
  const node = await startBareNode(bodies, path.join(tmp, 'bare-node'));
  track(node.stop);
  const results: ScenarioResult[] = [];
  let underLoad: WarmPhase['memory']['underLoad'] = null;
  const run = async (id: string, name: string, at: Baseline | BenchServer, p: string, conn: number, body: BodyKind) => {
    if (!wanted(id)) return;
    const isSite = at === server;
    const stopSampling = id === 'b' ? sampleRss(server.pid) : undefined;
    results.push(
      await runScenario({
        id,
        name,
        server: isSite ? 'site' : at.label,
        baseUrl: at.url,
        path: p,
        connections: conn,
        durationS,
        body,
        // The API limits each client to RATE_LIMIT_PER_MINUTE (at most 100,000): spread the load as real shoppers would.
        ...(body === 'zip' ? { clients: API_CLIENTS, note: `${API_CLIENTS} clients in X-Forwarded-For` } : {}),
      }),
    );
    if (stopSampling) underLoad = stopSampling();
  };
  await run('nginx', 'nginx, static file, city bytes', nginx, CITY, 50, 'city');
  await run('node', 'bare Node, city bytes', node, CITY, 50, 'city');
  await run('b', 'city page warm, PostgreSQL + Redis', server, CITY, 50, 'city');
  await run('b1', 'city page warm, PG (1 conn)', server, CITY, 1, 'city');
  await run('d', 'filter page warm, PG', server, FILTER, 50, 'city');
  await run('f', 'plan page warm, PG', server, PLAN, 50, 'city');
  await run('nginx-zip', 'nginx, static file, ZIP JSON', nginx, ZIP_API, 50, 'zip');
  await run('node-zip', 'bare Node, ZIP JSON', node, ZIP_API, 50, 'zip');
  await run('e', 'ZIP API warm, PG + Redis', server, ZIP_API, 50, 'zip');
  await run('e1', 'ZIP API warm, PG (1 conn)', server, ZIP_API, 1, 'zip');
  await nginx.stop();
  await node.stop();
  return { results, pages, memory: { restMb, underLoad }, bodies };
}
