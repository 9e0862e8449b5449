/** An early-termination fee as the export states it: a flat amount or dollars per remaining month. */
export interface CancelFee {
  amount: number | null;
  perMonth: boolean;
  /** The export's text when it was not a plain number, kept for display. */
  text: string | null;
}

// "20/remaining month.", "15 per remaining month", "20.00 per month left in term",
// "20 por cada mes restante", "20.00 por cada mes dejado", "20/month remaning" (sic).
const PER_MONTH = /(remain|remaning|left in term|per month|\/\s*month|\bmes\b|mensual)/i;
const AMOUNT = /\$?\s*(\d{1,4}(?:[.,]\d{1,2})?)/;

/** Parses [CancelFee]: "150.00" → $150 flat; "20/remaining month." → $20 per remaining month. */
export function parseCancelFee(raw: string): CancelFee {
  const text = raw.trim();
  if (text === '') return { amount: null, perMonth: false, text: null };
  if (/^\d+(\.\d+)?$/.test(text)) return { amount: Number(text), perMonth: false, text: null };
  const match = AMOUNT.exec(text);
  const amount = match ? Number(match[1]!.replace(',', '.')) : null;
  return { amount, perMonth: amount !== null && PER_MONTH.test(text), text };
}
