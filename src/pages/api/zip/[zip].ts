import type { APIRoute } from 'astro';
import { profileOf } from '~/server/http/cache-control';
import { json, jsonError } from '~/server/http/json';
import { lookupZip } from '~/server/services/zip';

/** GET /api/zip/75201 → who serves the ZIP and where its plans are (docs/api.md). */
export const GET: APIRoute = async ({ params }) => {
  try {
    const answer = await lookupZip(params.zip ?? '');
    const { result } = answer;
    const plansUrl =
      result.kind === 'single' ? `/api/plans?city=${result.city.slug}&utility=${result.tdsp.code}` : null;
    return json({ ...result, plansUrl }, { cache: profileOf(answer) });
  } catch (error) {
    return jsonError(error);
  }
};
