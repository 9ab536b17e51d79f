// PostgreSQL's own counters, as the benches read them.
import type { Client } from 'pg';

/** Transactions committed in the client's database so far (pg_stat_database). */
export async function committedTransactions(stats: Client): Promise<number> {
  await stats.query('SELECT pg_stat_force_next_flush()');
  const { rows } = await stats.query<{ n: string }>(
    'SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(rows[0]?.n);
}
