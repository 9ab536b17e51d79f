// The raw limit for bench/live: a bare socket.io server (no auth, no database) that, on
// each POST /emit, broadcasts {i, sentAt} to every client of /live. Run as its own process.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer((req, res) => {
  if (req.method !== 'POST' || !req.url?.startsWith('/emit')) return res.writeHead(404).end();
  const i = Number(new URL(req.url, 'http://x').searchParams.get('i'));
  io.of('/live').emit('raw', { i });
  res.writeHead(204).end();
});
const io = new Server(http, { transports: ['websocket'] });
io.of('/live');
http.listen(0, '127.0.0.1', () => process.send?.({ port: http.address().port }));
process.on('disconnect', () => process.exit(0));
