/**
 * The data version kept in process, so that a page-cache hit costs no database work. It learns
 * of a new version three ways, whichever comes first:
 *
 * - NOTIFY: a committed sync announces its version (queries/sync/mark-sync-succeeded.ts) and
 *   every listening server hears it at once (PostgreSQL reached directly, PGlite in process);
 * - a re-check every `recheckMs` (DATA_VERSION_RECHECK_MS), the safety net everywhere and the
 *   only mechanism through a transaction pooler, where LISTEN hears nothing;
 * - a render that read a newer version than the one kept (it can only move forward that way).
 *
 * So a page older than the last committed sync is served for at most `recheckMs` plus one
 * version query after the commit (docs/caching.md states and the tests check this bound).
 * A failed read keeps the last known version: while the database is out no sync can commit,
 * so pages cached from it are still the newest data there is.
 */
export interface VersionSource {
  /** The current version from the database; throws when it cannot be read. */
  read(): Promise<number | null>;
  /** Subscribes to announcements; absent or rejecting where LISTEN is not available. */
  listen?: (onNotify: (payload: string) => void, onListen: () => void) => Promise<() => Promise<void>>;
}

export interface WatchOptions {
  recheckMs: number;
  onError?: (what: 'read' | 'listen', error: unknown) => void;
  /** Called when the kept version moves forward (not for the first read). */
  onAdvance?: (id: number) => void;
}

export class DataVersionWatch {
  private version: number | null = null;
  private started: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private stopped = false;

  constructor(
    private readonly source: VersionSource,
    private readonly options: WatchOptions,
  ) {}

  /**
   * Reads the version once, then re-checks and listens; later calls share the first read. The
   * subscription is made in the background, so a slow or refused LISTEN never holds a request.
   */
  start(): Promise<void> {
    this.started ??= this.refresh().then(() => {
      if (this.stopped) return;
      this.timer = setInterval(() => void this.refresh(), this.options.recheckMs);
      this.timer.unref();
      void this.subscribe();
    });
    return this.started;
  }

  private async subscribe(): Promise<void> {
    if (!this.source.listen) return;
    try {
      const unlisten = await this.source.listen(
        (payload) => this.announced(payload),
        () => void this.refresh(), // (re)subscribed: whatever was announced meanwhile is read
      );
      if (this.stopped) await unlisten();
      else this.unlisten = unlisten;
    } catch (error) {
      this.options.onError?.('listen', error);
    }
  }

  /** The version pages are filed under now, or null before the first successful read. */
  current(): number | null {
    return this.version;
  }

  /** A render read `id`: a newer version than the one kept is taken at once. */
  observe(id: number): void {
    if (this.version === null) this.version = id;
    else if (id > this.version) {
      this.version = id;
      this.options.onAdvance?.(id);
    }
  }

  /** Reads the version from the database; on failure (or before any sync) the last known one stays. */
  async refresh(): Promise<void> {
    try {
      const id = await this.source.read();
      // Raise only: a read that began before a commit must not undo the NOTIFY that followed it.
      if (!this.stopped && id !== null) this.observe(id);
    } catch (error) {
      this.options.onError?.('read', error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const unlisten = this.unlisten;
    this.unlisten = null;
    await unlisten?.().catch(() => {});
  }

  private announced(payload: string): void {
    const id = Number(payload);
    // Raise only: a late announcement must not take back a newer version a re-check has read.
    if (Number.isSafeInteger(id) && id > 0) this.observe(id);
    else void this.refresh(); // not ours to parse: ask the database instead
  }
}
