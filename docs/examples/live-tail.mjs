#!/usr/bin/env node
// Follows one incident's timeline live, resuming after every disconnect without
// missing or repeating an event.
//
//   node docs/examples/live-tail.mjs <incidentId> [baseUrl]
//   (CORDON_EMAIL / CORDON_PASSWORD: a user allowed to watch the incident)
import { io } from 'socket.io-client';

const [incidentId, baseUrl = 'http://localhost:3000'] = process.argv.slice(2);
if (!incidentId) {
  console.error('usage: node docs/examples/live-tail.mjs <incidentId> [baseUrl]');
  process.exit(2);
}

async function login() {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: process.env.CORDON_EMAIL,
      password: process.env.CORDON_PASSWORD,
    }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

let lastSeq = 0; // keep this somewhere durable if the client itself restarts
const token = await login();
const socket = io(`${baseUrl}/live`, { auth: { token }, transports: ['websocket'] });

socket.on('event', (event) => {
  if (event.incidentId !== incidentId || event.seq <= lastSeq) return; // defensive; the server never repeats
  lastSeq = event.seq;
  console.log(
    `#${event.seq} ${event.at} ${event.type} by ${event.actor.name}`,
    JSON.stringify(event.data),
  );
});

// On every (re)connection, subscribe from the last seq seen: the server first sends
// everything after it, then acknowledges, then streams new events.
socket.on('connect', async () => {
  const ack = await socket
    .timeout(10_000)
    .emitWithAck('subscribe', { incidentId, sinceSeq: lastSeq });
  if (!ack.ok) {
    console.error(`subscribe refused: ${ack.code}: ${ack.message}`);
    process.exit(1);
  }
  console.error(`-- live from seq ${ack.seq}`);
});
socket.on('connect_error', (err) => console.error(`-- cannot connect: ${err.message}`));
socket.on('disconnect', (reason) =>
  console.error(`-- disconnected (${reason}); will resume after seq ${lastSeq}`),
);
process.on('SIGINT', () => socket.close() || process.exit(0));
