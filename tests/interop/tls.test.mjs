// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Interop over TLS: the official socket.io-client (websocket transport, its `ca` option) against the
// real spa-server binary started with --tls-cert/--tls-key and a certificate made here by openssl.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import { io } from 'socket.io-client';

const BIN = process.env.SPA_SERVER_BIN;
const dir = mkdtempSync(join(tmpdir(), 'spa-interop-tls-'));
let port;
let server;
let ca;

async function freePort() {
  const s = net.createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const p = s.address().port;
  s.close();
  return p;
}

// One HTTPS request trusting only `ca`; resolves { status, headers, json }.
function request(method, path, body, { token, trusted = true } = {}) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : undefined;
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const req = https.request({ host: '127.0.0.1', port, method, path, headers, ca: trusted ? ca : undefined, agent: false }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, json: JSON.parse(text || '{}') }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

before(async () => {
  assert.ok(BIN, 'SPA_SERVER_BIN must name the spa-server binary');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-days', '2', '-subj', '/CN=spa-interop', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  ca = readFileSync(join(dir, 'cert.pem'));
  port = await freePort();
  server = spawn(BIN, ['--demo', '--listen', '127.0.0.1', '--port', String(port), '--data-dir', join(dir, 'data'),
    '--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'key.pem'), '--max-commands-per-second', '0'],
  { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; ++i) {
    try {
      if ((await request('GET', '/health')).status === 200) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('spa-server did not come up with TLS');
});

after(async () => {
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

test('socket.io-client over wss: CONNECT, state, a command with its ack and the broadcast it causes', async () => {
  let t = Date.now();
  const token = (await request('POST', '/api/login', { username: 'cashier', password: 'cashier' })).json.token;
  console.log('login in', Date.now() - t, 'ms');
  t = Date.now();
  assert.ok(token);
  const socket = io(`https://127.0.0.1:${port}`, { transports: ['websocket'], ca, auth: { token }, reconnection: false, forceNew: true });
  const states = [];
  socket.on('cashier_queue_updated', (s) => states.push(s));
  await new Promise((resolve, reject) => { socket.once('connect', resolve); socket.once('connect_error', reject); });
  const until = async (pred) => {
    for (let i = 0; i < 100 && !pred(); ++i) await new Promise((r) => setTimeout(r, 50));
    assert.ok(pred());
  };
  console.log('connect in', Date.now() - t, 'ms');
  const t0 = Date.now();
  await until(() => states.length > 0);
  const ack = await socket.timeout(5000).emitWithAck('visit:checkin', { customer_name: 'Ploy Wss', service_ids: [1] });
  assert.equal(ack.ok, true);
  await until(() => JSON.stringify(states.at(-1)).includes('Ploy Wss'));
  console.log('connected to broadcast seen in', Date.now() - t0, 'ms');
  socket.close();
});

test('a client without the CA is refused', async () => {
  await assert.rejects(request('GET', '/health', undefined, { trusted: false }), /self[- ]signed|certificate/i);
  const socket = io(`https://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false, forceNew: true });
  const err = await new Promise((resolve) => socket.once('connect_error', resolve));
  assert.ok(err);
  socket.close();
});

test('plain http on the TLS port is redirected to https', async () => {
  const res = await new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/health' }, resolve).on('error', reject);
  });
  res.resume();
  assert.equal(res.statusCode, 301);
  assert.equal(res.headers.location, `https://127.0.0.1:${port}/health`);
});
