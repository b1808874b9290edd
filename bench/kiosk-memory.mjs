#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The wall monitor must run for weeks: push N journal events (default 100,000) through a real
// spa-server and report the kiosk's memory before, during and after.
//
//   node bench/kiosk-memory.mjs [--events 100000] [--build build]
//
// Events are committed changes that reach the monitor room: therapist status changes (each a
// monitor_updated) and, every 50th, a whole visit ending in a payment (a monitor_payment_completed
// notice). The kiosk runs offscreen at 1920x1080.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import net from 'node:net';
import { once } from 'node:events';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const EVENTS = Number(args.events ?? 100000);
const BUILD = resolve(args.build ?? 'build');
const dir = mkdtempSync(join(tmpdir(), 'spa-kiosk-bench-'));

async function freePort() {
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const p = s.address().port;
  s.close();
  return p;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function rssKb(pid) {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
  return m ? Number(m[1]) : NaN;
}
function threads(pid) {
  return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/Threads:\s+(\d+)/)[1]);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(join(BUILD, 'server/spa-server'), ['--demo', '--listen', '127.0.0.1', '--port', String(port), '--data-dir', dir], { stdio: 'ignore' });
for (let i = 0; ; ++i) {
  try { if ((await fetch(`${base}/health`)).ok) break; } catch {}
  if (i > 100) throw new Error('server did not start');
  await sleep(100);
}
const call = async (method, path, body, token) => {
  const r = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: body ? JSON.stringify(body) : undefined });
  const json = await r.json();
  if (r.status >= 400) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
  return json;
};
const token = (await call('POST', '/api/login', { username: 'cashier', password: 'cashier' })).token;
const kioskToken = readFileSync(join(dir, 'demo-kiosk.token'), 'utf8').trim();

const kiosk = spawn(join(BUILD, 'kiosk/spa-kiosk'), ['--server', base, '--token', kioskToken, '--windowed', '--size', '1920x1080'],
                    { stdio: 'ignore', env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', HOME: dir } });
await sleep(4000);
const samples = [{ events: 0, rss: rssKb(kiosk.pid) }];
const seqOf = async () => Number((await (await fetch(`${base}/metrics`)).text()).match(/spa_journal_seq (\d+)/)[1]);
const startSeq = await seqOf();

let pushed = 0;
let events = 0;
let nextSample = EVENTS / 10;
let status = 'on_break';
const t0 = Date.now();
async function worker(id) {
  while (events < EVENTS) {
    const n = ++pushed;
    if (id === 1 && n % 200 === 0) {
      events = (await seqOf()) - startSeq;
      if (events >= nextSample) {
        samples.push({ events, rss: rssKb(kiosk.pid) });
        nextSample += EVENTS / 10;
      }
    }
    if (n % 50 === 0) {
      const v = (await call('POST', '/api/visits', { customer_name: `Bench ${n}`, service_ids: [5] }, token)).visit;
      for (const step of ['assign', 'start', 'complete']) await call('POST', `/api/visits/${v.id}/${step}`, {}, token);
      await call('POST', `/api/visits/${v.id}/payments`, { method: 'card', amount: v.total, idempotency_key: `bench-${n}-${id}` }, token);
    } else {
      status = status === 'on_break' ? 'available' : 'on_break';
      await call('PUT', '/api/therapists/6/status', { status }, token).catch(() => {});
    }
  }
}
await Promise.all([1, 2, 3, 4].map(worker));
const seconds = (Date.now() - t0) / 1000;
const committed = (await seqOf()) - startSeq;
await sleep(5000);
samples.push({ events: committed, rss: rssKb(kiosk.pid), settled: true });

console.log(`# Kiosk memory over ${committed.toLocaleString('en')} journal events (${pushed.toLocaleString('en')} REST commands) in ${seconds.toFixed(0)} s`);
console.log('| events pushed | kiosk RSS (MB) |');
console.log('|---|---|');
for (const s of samples) console.log(`| ${s.events.toLocaleString('en')}${s.settled ? ' (5 s later)' : ''} | ${(s.rss / 1024).toFixed(1)} |`);
const growth = (samples.at(-1).rss - samples[1 < samples.length ? 1 : 0].rss) / 1024;
console.log(`\nGrowth from the first sample after start-up to the end: ${growth.toFixed(1)} MB; kiosk threads: ${threads(kiosk.pid)}`);
kiosk.kill('SIGTERM');
server.kill('SIGTERM');
await sleep(500);
rmSync(dir, { recursive: true, force: true });
