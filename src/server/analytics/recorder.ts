// Analytics must never slow a page or break it: record() only appends to an in-memory queue,
// and a timer writes the queue in batches later. When the database is slow or down, events
// are dropped (and counted) rather than retried forever or allowed to grow without bound.

/** Where batches go, and how the queue behaves. */
export interface EventRecorderOptions<Row> {
  /** Stores one batch; a rejection drops that batch. */
  write(rows: Row[]): Promise<void>;
  /** Rows per write. */
  maxBatch?: number;
  /** How long a row may wait before a write is attempted. */
  flushIntervalMs?: number;
  /** Rows held at most; beyond it new rows are dropped. */
  maxQueue?: number;
}

/** Counters: `queued` (waiting or being written) + `written` + `dropped` = every row recorded. */
export interface RecorderStats {
  queued: number;
  written: number;
  /** Rows lost: queue full, a failed batch, or recorded after close(). */
  dropped: number;
  failedBatches: number;
}

/** Batches rows in memory and writes them off the request path. */
export class EventRecorder<Row> {
  readonly #write: (rows: Row[]) => Promise<void>;
  readonly #maxBatch: number;
  readonly #flushIntervalMs: number;
  readonly #maxQueue: number;
  #queue: Row[] = [];
  #inFlight = 0;
  #written = 0;
  #dropped = 0;
  #failedBatches = 0;
  #failing = false;
  #closed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerDue = Infinity;
  #flushing: Promise<void> = Promise.resolve();

  constructor({ write, maxBatch = 100, flushIntervalMs = 2000, maxQueue = 10_000 }: EventRecorderOptions<Row>) {
    this.#write = write;
    this.#maxBatch = Math.max(1, Math.floor(maxBatch));
    this.#flushIntervalMs = Math.max(0, flushIntervalMs);
    this.#maxQueue = Math.max(1, Math.floor(maxQueue));
  }

  /** Queues one row and returns at once; never throws and never waits for the database. */
  record(row: Row): void {
    if (this.#closed || this.#queue.length >= this.#maxQueue) {
      this.#dropped += 1;
      return;
    }
    this.#queue.push(row);
    // A full batch is written on the next turn of the event loop, unless writes are failing:
    // then the interval is the back-off.
    const full = this.#queue.length >= this.#maxBatch && !this.#failing;
    this.#schedule(full ? 0 : this.#flushIntervalMs);
  }

  /** Writes everything queued now, batch by batch; resolves (never rejects) when done. */
  flush(): Promise<void> {
    return this.#enqueueDrain(false);
  }

  /** Stops the timer and writes what is queued; rows recorded afterwards are dropped. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#enqueueDrain(true);
  }

  /** Counters for tests and health reporting. */
  stats(): RecorderStats {
    return {
      queued: this.#queue.length + this.#inFlight,
      written: this.#written,
      dropped: this.#dropped,
      failedBatches: this.#failedBatches,
    };
  }

  #schedule(delayMs: number): void {
    if (this.#closed) return;
    const due = Date.now() + delayMs;
    if (this.#timer !== undefined && this.#timerDue <= due) return;
    clearTimeout(this.#timer);
    this.#timerDue = due;
    this.#timer = setTimeout(() => void this.flush(), delayMs);
    this.#timer.unref?.(); // a pending write never keeps the process alive
  }

  #cancelTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerDue = Infinity;
  }

  /** Drains run one at a time, so batches never interleave or overtake each other. */
  #enqueueDrain(final: boolean): Promise<void> {
    this.#cancelTimer();
    this.#flushing = this.#flushing.then(() => this.#drain(final));
    return this.#flushing;
  }

  /**
   * Writes batches until the queue is empty. After a failure the rest waits for the next
   * interval (one attempt per interval while the database is down); on close it is dropped,
   * so shutdown is never held up by a dead database.
   */
  async #drain(final: boolean): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.#maxBatch);
      if (!(await this.#writeBatch(batch))) {
        if (final) {
          this.#dropped += this.#queue.length;
          this.#queue = [];
        }
        break;
      }
    }
    if (this.#queue.length > 0) this.#schedule(this.#flushIntervalMs);
  }

  async #writeBatch(batch: Row[]): Promise<boolean> {
    this.#inFlight = batch.length;
    try {
      await this.#write(batch);
      this.#written += batch.length;
      this.#failing = false;
      return true;
    } catch (error) {
      this.#failedBatches += 1;
      this.#dropped += batch.length;
      // One warning per outage, not one per batch; analytics failures are not page errors.
      if (!this.#failing) {
        console.warn(`[analytics] dropped ${batch.length} events: write failed (${reasonOf(error)})`);
      }
      this.#failing = true;
      return false;
    } finally {
      this.#inFlight = 0;
    }
  }
}

/**
 * The innermost cause, shortly: Drizzle's wrapper message lists every parameter of the
 * failed insert (a hundred rows of shopper data), which has no place in a log.
 */
function reasonOf(error: unknown): string {
  let inner = error;
  for (let depth = 0; depth < 10 && inner instanceof Error && inner.cause !== undefined; depth++) inner = inner.cause;
  const text = inner instanceof Error ? inner.message : String(inner);
  const code = (inner as { code?: unknown } | null)?.code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${text.split('\n')[0]!.slice(0, 200)}`;
}
