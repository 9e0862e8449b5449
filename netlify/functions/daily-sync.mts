// Netlify scheduled function: imports today's Power to Choose export into DATABASE_URL every
// morning. 11:00 UTC is 05:00 in Texas in winter (CST) and 06:00 in summer (CDT); Netlify's
// schedules are in UTC. The logic lives in src/server/sync/schedule, where tests reach it.
import { netlifyDailySync } from '../../src/server/sync/schedule/netlify-daily-sync';

export default async (): Promise<Response> => netlifyDailySync(process.env);

export const config = { schedule: '0 11 * * *' };
