import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCancelFee } from '~/server/sync/ptc/cancel-fee';
import { PTC_COLUMNS } from '~/server/sync/ptc/columns';
import { PtcHeaderError } from '~/server/sync/ptc/errors';
import { parsePtcExport } from '~/server/sync/ptc/parse-export';
import { prepareOffers } from '~/server/sync/prepare-offers';
import { EXPORTS, planFile } from '../helpers/recorded';

describe('parsePtcExport on the recorded raw export', () => {
  const text = readFileSync(EXPORTS.jan10, 'utf8');
  const parsed = parsePtcExport(text);

  it('reads every row, stopping at the END OF FILE marker', () => {
    expect(parsed.rows).toHaveLength(1854);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows.at(-1)!.raw.Language).toBe('English');
  });

  it('keeps commas inside quoted fields and accented text intact', () => {
    const row = parsed.rows.find((r) => r.raw.idKey === '21463')!.raw;
    expect(row.TduCompanyName).toBe('NUECES ELECTRIC COOPERATIVE');
    expect(row.SpecialTerms).toContain('Cuota de membresía cooperativa de $ 15. Al unirte a la cooperativa,');
  });

  it('counts rows per utility as the file has them', () => {
    const perTdu: Record<string, number> = {};
    for (const r of parsed.rows) perTdu[r.raw.TduCompanyName!] = (perTdu[r.raw.TduCompanyName!] ?? 0) + 1;
    expect(perTdu).toEqual({
      'CENTERPOINT ENERGY HOUSTON ELECTRIC LLC': 347,
      'ONCOR ELECTRIC DELIVERY COMPANY': 334,
      'TEXAS-NEW MEXICO POWER COMPANY': 330,
      'AEP TEXAS NORTH': 328,
      'AEP TEXAS CENTRAL': 327,
      'LUBBOCK POWER & LIGHT SYSTEM': 186,
      'NUECES ELECTRIC COOPERATIVE': 2,
    });
  });

  it('refuses a file whose header is not the export header, naming the columns', () => {
    const renamed = text.replace('"[kwh1000]"', '"[kwh1000x]"');
    expect(() => parsePtcExport(renamed, 'broken.csv')).toThrow(PtcHeaderError);
    expect(() => parsePtcExport(renamed, 'broken.csv')).toThrow(
      /missing column\(s\) \[kwh1000\].*unexpected column\(s\) \[kwh1000x\]/,
    );
    expect(() => parsePtcExport('id,name\n1,x\n')).toThrow(/not a Power to Choose export/);
  });
});

// Real lines of the 2026-01-10 export: its header and rows picked by id.
const lines = readFileSync(EXPORTS.jan10, 'utf8').split('\r\n');
const header = lines[0]!;
const pick = (id: string) => lines.find((l) => l.startsWith(`"${id}",`))!;

describe('parsePtcExport on rows cut from the export', () => {
  const ids = (text: string) => parsePtcExport(text).rows.map((r) => r.raw.idKey);

  it('says whether the END OF FILE line was reached, in any case and spacing, and reads nothing after it', () => {
    const rows = [header, pick('34706'), pick('34707')];
    expect(parsePtcExport(rows.join('\r\n'))).toMatchObject({ endMarker: false, rejected: [] });
    expect(ids(rows.join('\r\n'))).toEqual(['34706', '34707']);
    const ended = [header, pick('34706'), '', ' end of file ', pick('34707')].join('\r\n');
    expect(parsePtcExport(ended)).toMatchObject({ endMarker: true, rejected: [] });
    expect(ids(ended)).toEqual(['34706']);
  });

  it('reads a header with blanks around the column names', () => {
    const padded = PTC_COLUMNS.map((c) => ` ${c} `).join(',');
    expect(ids([padded, pick('34706')].join('\r\n'))).toEqual(['34706']);
  });

  it('names only the missing columns, or only the unexpected ones, in a refusal', () => {
    const without = (text: string) => header.replace(`,"${text}"`, '');
    expect(() => parsePtcExport([without('[Rating]'), pick('34706')].join('\r\n'), 'cut.csv')).toThrow(
      new PtcHeaderError(['[Rating]'], [], 'cut.csv'),
    );
    expect(new PtcHeaderError(['[Rating]'], [], 'cut.csv').message).toBe(
      'cut.csv is not a Power to Choose export: missing column(s) [Rating]. Nothing was imported.',
    );
    expect(new PtcHeaderError([], ['[Extra]', '[More]'], 'x.csv')).toMatchObject({
      name: 'PtcHeaderError',
      message: 'x.csv is not a Power to Choose export: unexpected column(s) [Extra], [More]. Nothing was imported.',
    });
  });

  it('calls a nameless source "the file", and refuses an empty one for all its missing columns', () => {
    expect(() => parsePtcExport('')).toThrow(new PtcHeaderError([...PTC_COLUMNS], [], 'the file'));
    expect(() => parsePtcExport('')).toThrow(
      /^the file is not a Power to Choose export: missing column\(s\) \[idKey\], /,
    );
  });
});

describe('prepareOffers: malformed rows', () => {
  // Three real rows cut from the 2026-01-10 export, two of them damaged on purpose.
  const text = [
    header,
    pick('34706'),
    pick('36032').replace('"0.1100"', '"eleven cents"'),
    pick('619').split('","').slice(0, 20).join('","') + '"',
    '',
    'END OF FILE',
    '',
  ].join('\r\n');

  it('rejects each bad row with its line and reason and keeps the good one', () => {
    const prepared = prepareOffers({
      text,
      source: '/tmp/ptc-export-offers_2026-01-10.csv',
      snapshotDate: '2026-01-10',
      origin: 'file',
    });
    expect(prepared.listings.map((l) => l.offer.externalId)).toEqual(['34706']);
    expect(prepared.rejected).toEqual([
      {
        source: 'ptc-export-offers_2026-01-10.csv',
        line: 4,
        externalId: '619',
        reason: 'expected 29 fields, found 20',
      },
      {
        source: 'ptc-export-offers_2026-01-10.csv',
        line: 3,
        externalId: '36032',
        reason: '[kwh1000] is not a price in $/kWh',
      },
    ]);
  });
});

describe('parseCancelFee', () => {
  it('reads flat amounts and every per-month wording in the recorded exports', () => {
    expect(parseCancelFee('150.00')).toEqual({ amount: 150, perMonth: false, text: null });
    expect(parseCancelFee('')).toEqual({ amount: null, perMonth: false, text: null });
    for (const [text, amount] of [
      ['20/remaining month.', 20],
      ['15 por mes restante', 15],
      ['20.00 per month left in term', 20],
      ['20 por cada mes restante', 20],
      ['20.00 por cada mes dejado', 20],
      ['20/month remaning', 20],
      ['15 per remaining month', 15],
    ] as const) {
      expect(parseCancelFee(text), text).toEqual({ amount, perMonth: true, text });
    }
  });

  it('trims, reads a decimal comma, and keeps any other wording as text', () => {
    expect(parseCancelFee(' 150.00 ')).toEqual({ amount: 150, perMonth: false, text: null });
    expect(parseCancelFee('150')).toEqual({ amount: 150, perMonth: false, text: null });
    expect(parseCancelFee('$150')).toEqual({ amount: 150, perMonth: false, text: '$150' });
    expect(parseCancelFee('150 fee')).toEqual({ amount: 150, perMonth: false, text: '150 fee' });
    expect(parseCancelFee(' 19,50 por mes restante')).toEqual({
      amount: 19.5,
      perMonth: true,
      text: '19,50 por mes restante',
    });
    expect(parseCancelFee('per remaining month')).toEqual({
      amount: null,
      perMonth: false,
      text: 'per remaining month',
    });
  });

  it('gives every CancelFee of both exports an amount unless it is blank', () => {
    for (const file of ['jan10', 'jan29'] as const) {
      const { rows } = parsePtcExport(planFile(file).text);
      const unparsed = rows
        .map((r) => r.raw.CancelFee!)
        .filter((t) => t.trim() !== '' && parseCancelFee(t).amount === null);
      expect(unparsed, file).toEqual([]);
    }
  });
});
