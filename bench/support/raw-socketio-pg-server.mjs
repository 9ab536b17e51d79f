// The raw limit for bench/live-processes: a bare socket.io server (no auth, no event log)
// fed the way Cordon's api processes are: it LISTENs on a PostgreSQL channel and, on each
// notification, broadcasts the event it carries to every client of /live. POST /emit with
// the event as its body (the same fields and sizes as Cordon's live event) on any of them
// sends the NOTIFY (in its own implicit transaction), so every server hears it, as every
// api process hears a commit. Run as its own process; DATABASE_URL and CHANNEL from env.
import { createServer } from 'node:http';
import pg from 'pg';
import { Server } from 'socket.io';

const channel = process.env.CHANNEL ?? 'raw_bench';
const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
await listener.connect();
await listener.query(`LISTEN ${channel}`);
listener.on('notification', (n) => io.of('/live').emit('event', JSON.parse(n.payload ?? '{}')));

const http = createServer((req, res) => {
  if (req.method !== 'POST' || !req.url?.startsWith('/emit')) return res.writeHead(404).end();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () =>
    pool.query('SELECT pg_notify($1, $2)', [channel, body]).then(
      () => res.writeHead(204).end(),
      (err) => res.writeHead(500).end(String(err)),
    ),
  );
});
const io = new Server(http, { transports: ['websocket'] });
io.of('/live');
http.listen(0, '127.0.0.1', () => process.send?.({ port: http.address().port }));
process.on('disconnect', () => process.exit(0));
