/** The live export could not be downloaded (network, HTTP status, time or size limit). */
export class DownloadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DownloadError';
  }
}

/** Limits on one download of the export. */
export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Downloads the export as text within a time limit (covering the whole body, not only the
 * headers) and a size cap, so a stuck or runaway server cannot hold a sync or fill memory.
 */
export async function downloadExport(url: string, limits: DownloadLimits): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs) });
  } catch (error) {
    throw new DownloadError(describe(error), { cause: error });
  }
  if (!res.ok) throw new DownloadError(`HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await res.body?.cancel();
    throw new DownloadError(`the export is ${mb(declared)}, over the ${mb(limits.maxBytes)} cap (PLANS_MAX_MB)`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        throw new DownloadError(`the export passed the ${mb(limits.maxBytes)} cap (PLANS_MAX_MB)`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(describe(error), { cause: error });
  }
  return Buffer.concat(chunks).toString('utf8');
}

// "fetch failed" says nothing; its cause names the real problem (ENOTFOUND, a timeout…).
function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return 'no complete answer within the time limit (PLANS_FETCH_TIMEOUT_MS)';
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
}
