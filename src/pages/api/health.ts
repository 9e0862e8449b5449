import type { APIRoute } from 'astro';
import { json } from '~/server/http/json';
import { publicHealth } from '~/server/services/health';

/** Liveness and readiness in one: 200 while the database answers (degraded included), 503 when it does not. */
export const GET: APIRoute = async () => {
  const { body, status } = await publicHealth();
  return json(body, { status: status === 'down' ? 503 : 200, cache: 'none' });
};
