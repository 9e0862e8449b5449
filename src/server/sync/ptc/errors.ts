import { ImportRefusedError } from '~/server/sync/errors';

/** The file is not a Power to Choose export: its header differs. Nothing is imported. */
export class PtcHeaderError extends ImportRefusedError {
  constructor(
    readonly missing: string[],
    readonly unexpected: string[],
    source: string,
  ) {
    super([
      `${source} is not a Power to Choose export: ` +
        [
          missing.length ? `missing column(s) ${missing.join(', ')}` : '',
          unexpected.length ? `unexpected column(s) ${unexpected.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ') +
        '. Nothing was imported.',
    ]);
    this.name = 'PtcHeaderError';
  }
}

/** A row the importer refused, with its line in the file and the reason. */
export interface RejectedRow {
  line: number;
  externalId?: string;
  reason: string;
}
