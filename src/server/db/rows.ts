/**
 * The rows of a raw `db.execute()`: postgres.js hands back an array, PGlite an object with
 * `rows`. Raw SQL is rare here (Drizzle's builders cover the rest); this keeps it driver-neutral.
 */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
