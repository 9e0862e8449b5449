import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCancelFee } from '~/server/sync/ptc/cancel-fee';
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

describe('prepareOffers: malformed rows', () => {
  // Three real rows cut from the 2026-01-10 export, two of them damaged on purpose.
  const lines = readFileSync(EXPORTS.jan10, 'utf8').split('\r\n');
  const header = lines[0]!;
  const pick = (id: string) => lines.find((l) => l.startsWith(`"${id}",`))!;
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
