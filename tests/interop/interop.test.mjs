// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Interop: the official socket.io-client (websocket transport) against a real spa-server binary.
// Run by ctest as `node --test`; SPA_SERVER_BIN names the binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { io } from 'socket.io-client';
import WebSocket from 'ws';

const BIN = process.env.SPA_SERVER_BIN;
const dataDir = mkdtempSync(join(tmpdir(), 'spa-interop-'));
let port;
let server;

async function freePort() {
  const s = net.createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const p = s.address().port;
  s.close();
  return p;
}

async function startServer() {
  server = spawn(BIN, ['--demo', '--listen', '127.0.0.1', '--port', String(port), '--data-dir', dataDir],
                 { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; ++i) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`);
      if (r.status === 200) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('spa-server did not come up');
}

async function stopServer(signal = 'SIGTERM') {
  const exited = once(server, 'exit');
  server.kill(signal);
  return (await exited)[0];
}

async function api(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, json: await r.json().catch(() => ({})) };
}

async function login(username, password) {
  return (await api('POST', '/api/login', { username, password })).json.token;
}

// A socket.io-client socket that records every event so tests can wait for one.
function client(auth) {
  const socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], auth, reconnection: false, forceNew: true });
  const events = [];
  const waiters = [];
  socket.onAny((name, ...args) => {
    events.push({ name, data: args[0] });
    for (const w of [...waiters]) w();
  });
  const c = {
    socket, events,
    // Resolves with the first event named `name`, received at index >= `from`, that passes `pred`.
    waitFor(name, pred = () => true, from = 0, ms = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.slice(from).find((e) => e.name === name && pred(e.data));
          if (hit) { waiters.splice(waiters.indexOf(check), 1); clearTimeout(t); resolve(hit.data); return true; }
          return false;
        };
        const t = setTimeout(() => { waiters.splice(waiters.indexOf(check), 1); reject(new Error(`no ${name} within ${ms} ms`)); }, ms);
        waiters.push(check);
        check();
      });
    },
    ack(name, payload) { return socket.timeout(5000).emitWithAck(name, payload); },
    connected() {
      return new Promise((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
    },
    maxSeq() { return Math.max(0, ...events.map((e) => e.data?.seq ?? 0)); },
    close() { socket.close(); },
  };
  return c;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let cashierToken;
let kioskToken;

before(async () => {
  assert.ok(BIN, 'SPA_SERVER_BIN must name the spa-server binary');
  port = await freePort();
  await startServer();
  cashierToken = await login('cashier', 'cashier');
  kioskToken = readFileSync(join(dataDir, 'demo-kiosk.token'), 'utf8').trim();
});

after(async () => {
  if (server && server.exitCode === null) await stopServer('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

test('a kiosk gets monitor_updated at once and again after a REST check-in', async () => {
  const kiosk = client({ token: kioskToken });
  await kiosk.connected();
  const first = await kiosk.waitFor('monitor_updated');
  assert.equal(typeof first.seq, 'number');
  assert.ok(Array.isArray(first.therapists) && first.therapists.length >= 4);
  const from = kiosk.events.length;
  const r = await api('POST', '/api/visits', { customer_name: 'Ploy Interop', service_ids: [1] }, cashierToken);
  assert.equal(r.status, 201);
  const next = await kiosk.waitFor('monitor_updated', (d) => d.waiting.some((w) => w.ticket === r.json.visit.ticket), from);
  assert.ok(next.seq > first.seq);
  // The wall shows "Ploy I.", never a customer's full name.
  assert.equal(next.waiting.find((w) => w.ticket === r.json.visit.ticket).name, 'Ploy I.');
  kiosk.close();
});

test('a payment over the socket is acked and reaches the monitor and only its own customer', async () => {
  const cashier = client({ token: cashierToken });
  await cashier.connected();
  await cashier.waitFor('cashier_queue_updated');
  const kiosk = client({ token: kioskToken });
  await kiosk.connected();

  const a = await cashier.ack('visit:checkin', { customer_name: 'Anong', service_ids: [3] });
  assert.equal(a.ok, true);
  const other = await cashier.ack('visit:checkin', { customer_name: 'Boon', service_ids: [5] });
  assert.equal(other.ok, true);
  const mine = client({ token: a.visit.code });
  const theirs = client({ token: other.visit.code });
  await Promise.all([mine.connected(), theirs.connected()]);
  assert.equal((await mine.waitFor('customer_txn_update')).visit.ticket, a.visit.ticket);

  const id = a.visit.id;
  for (const step of ['visit:assign', 'visit:start', 'visit:complete']) {
    const r = await cashier.ack(step, { visit_id: id });
    assert.equal(r.ok, true, `${step}: ${JSON.stringify(r.error)}`);
  }
  const key = `interop-${Date.now()}`;
  const paid = await cashier.ack('visit:pay', { visit_id: id, method: 'cash', amount: 35000, tip: 2000, tendered: 40000, idempotency_key: key });
  assert.equal(paid.ok, true);
  assert.equal(paid.change_due, 3000);
  assert.equal(paid.visit.status, 'paid');
  // The same key again (a double click) takes nothing more.
  const again = await cashier.ack('visit:pay', { visit_id: id, method: 'cash', amount: 35000, tip: 2000, tendered: 40000, idempotency_key: key });
  assert.equal(again.ok, true);
  assert.equal(again.replayed, true);
  assert.equal(again.payment.id, paid.payment.id);

  const notice = await kiosk.waitFor('monitor_payment_completed');
  assert.equal(notice.ticket, a.visit.ticket);
  const update = await mine.waitFor('customer_txn_update', (d) => d.visit.status === 'paid');
  assert.equal(update.visit.paid, 35000);
  await sleep(300);
  assert.equal(theirs.events.filter((e) => e.name.includes('payment')).length, 0);
  assert.ok(theirs.events.every((e) => e.name !== 'customer_txn_update' || e.data.visit.ticket === other.visit.ticket));
  assert.equal(kiosk.events.filter((e) => e.name === 'monitor_payment_completed').length, 1);
  for (const c of [cashier, kiosk, mine, theirs]) c.close();
});

test('a monitor or a customer sending a command gets an error ack', async () => {
  const kiosk = client({ token: kioskToken });
  await kiosk.connected();
  const r = await kiosk.ack('visit:checkin', { customer_name: 'X', service_ids: [1] });
  assert.equal(r.ok, false);
  assert.equal(r.error.code, 'forbidden');
  const unknown = await kiosk.ack('visit:teleport', {});
  assert.equal(unknown.error.code, 'unknown_command');
  kiosk.close();
});

test('a bad token gets connect_error with a message', async () => {
  const c = client({ token: 'not-a-token' });
  await assert.rejects(c.connected(), /invalid token/);
  c.close();
  const none = client({});
  await assert.rejects(none.connected(), /token is required/);
  none.close();
});

test('garbage and oversized frames close only their own socket', async () => {
  const kiosk = client({ token: kioskToken });
  await kiosk.connected();
  await kiosk.waitFor('monitor_updated');
  const url = `ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`;
  const closes = [];
  for (const frame of ['hello', '4garbage', '42[', '451-["x",{"_placeholder":true,"num":0}]', 'x'.repeat(200000)]) {
    const ws = new WebSocket(url);
    await once(ws, 'open');
    ws.send(frame);
    const [code] = await once(ws, 'close');
    closes.push(code);
  }
  assert.equal(closes.length, 5);
  const from = kiosk.events.length;
  const r = await api('POST', '/api/visits', { customer_name: 'After Garbage', service_ids: [2] }, cashierToken);
  assert.equal(r.status, 201);
  await kiosk.waitFor('monitor_updated', (d) => d.waiting.some((w) => w.ticket === r.json.visit.ticket), from);
  kiosk.close();
});

test('old protocol and polling transport are refused clearly', async () => {
  const v3 = await fetch(`http://127.0.0.1:${port}/socket.io/?EIO=3&transport=websocket`);
  assert.equal(v3.status, 400);
  assert.match((await v3.json()).error.message, /v3/);
  const polling = await fetch(`http://127.0.0.1:${port}/socket.io/?EIO=4&transport=polling`);
  assert.equal(polling.status, 400);
  assert.equal((await polling.json()).error.code, 'unsupported_transport');
});

test('after SIGKILL and a restart, a client reconnecting with its offset gets the missed notice exactly once', async () => {
  const cashier = client({ token: cashierToken });
  await cashier.connected();
  const kiosk = client({ token: kioskToken });
  await kiosk.connected();

  async function paidVisit(name, key) {
    const v = await cashier.ack('visit:checkin', { customer_name: name, service_ids: [5] });
    for (const step of ['visit:assign', 'visit:start', 'visit:complete'])
      assert.equal((await cashier.ack(step, { visit_id: v.visit.id })).ok, true);
    const p = await cashier.ack('visit:pay', { visit_id: v.visit.id, method: 'card', amount: 25000, idempotency_key: key });
    assert.equal(p.ok, true);
    return v.visit;
  }

  const first = await paidVisit('Chanida', `kill-a-${Date.now()}`);
  await kiosk.waitFor('monitor_payment_completed', (d) => d.ticket === first.ticket);
  const offset = kiosk.maxSeq();
  kiosk.close();

  const second = await paidVisit('Daeng', `kill-b-${Date.now()}`);
  cashier.close();
  assert.equal(await stopServer('SIGKILL'), null);
  await startServer();

  const back = client({ token: kioskToken, offset });
  await back.connected();
  await back.waitFor('monitor_updated');
  const missed = await back.waitFor('monitor_payment_completed');
  assert.equal(missed.ticket, second.ticket);
  assert.equal(missed.replayed, true);
  await sleep(300);
  const notices = back.events.filter((e) => e.name === 'monitor_payment_completed');
  assert.equal(notices.length, 1, 'the missed notice arrives exactly once, and the seen one not again');
  back.close();
});

test('SIGTERM stops the server with exit code 0', async () => {
  assert.equal(await stopServer('SIGTERM'), 0);
});
