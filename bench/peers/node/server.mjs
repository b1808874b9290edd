// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Node socket.io 4.8 peer for bench/run. Accepts Socket.IO over WebSocket at /socket.io/
// (any auth; every client joins room "monitor"), and POST /trigger {"visit_id":N,"seq":N}
// emits monitor_payment_completed with that seq to the room, like spa-server's payment notice.
//
//   node bench/peers/node/server.mjs --port 5100
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const argv = process.argv.slice(2);
const arg = (name, def) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : def; };
const port = Number(arg('port', '5100'));

let io;
const http = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/trigger') {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      let d;
      try { d = JSON.parse(body); } catch { res.writeHead(400).end(); return; }
      io.to('monitor').emit('monitor_payment_completed', {
        seq: d.seq, visit_id: d.visit_id, ticket: String(d.visit_id).padStart(3, '0'), name: 'Bench G.',
        total: 25000, tips: 0, currency: 'THB',
      });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    return;
  }
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ status: 'ok', connections: io.engine.clientsCount }));
    return;
  }
  if (!req.url.startsWith('/socket.io/')) res.writeHead(404).end();
});
io = new Server(http, { transports: ['websocket'], serveClient: false, pingInterval: 25000, pingTimeout: 20000 });
io.on('connection', (socket) => { socket.join('monitor'); });
http.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => console.log(`node socket.io peer on 127.0.0.1:${port}`));
for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => process.exit(0));
