// "This week" on a site fed by daily exports means the seven export days up to the newest
// export date, not the seven days up to the wall clock: a site running on recorded data, or
// after a missed sync, still speaks of the week its data covers.

/** A run of export dates, inclusive at both ends (YYYY-MM-DD). */
export interface DateWindow {
  from: string;
  to: string;
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The seven days ending on the newest export date. */
export const weekUpTo = (newestExportDate: string): DateWindow => ({
  from: addDays(newestExportDate, -6),
  to: newestExportDate,
});

/** Whether a date falls in a window. */
export const inWindow = (date: string, w: DateWindow) => date >= w.from && date <= w.to;
