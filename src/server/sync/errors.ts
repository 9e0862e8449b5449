// Why an import did not happen. A refusal is a decision about the input (a damaged or older
// export, a file that is not an export): the run is recorded as 'refused' and nothing else is
// written. A busy lock means another sync is already doing the work: the run is 'skipped'.

/** The import was refused before anything was written; `reasons` says why, one line each. */
export class ImportRefusedError extends Error {
  constructor(
    readonly reasons: string[],
    /** Figures behind the decision, stored with the run (the guard's counts, say). */
    readonly details?: Record<string, unknown>,
  ) {
    super(reasons.join(' '));
    this.name = 'ImportRefusedError';
  }
}

/** Another sync holds the database's sync lock; this one did nothing and can be retried later. */
export class SyncBusyError extends Error {
  constructor() {
    super('Another data sync is running against this database; try again when it finishes.');
    this.name = 'SyncBusyError';
  }
}
