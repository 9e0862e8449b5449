import type { APIRoute } from 'astro';
import { json } from '~/server/http/json';
import { getHealth } from '~/server/services/health';

/** Liveness and readiness in one: 200 while the database answers, 503 when it does not. */
export const GET: APIRoute = async () => {
  const report = await getHealth();
  return json(report, { status: report.status === 'down' ? 503 : 200, cache: 'none' });
};
