// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A chain's set-up end to end: deploy/nginx/spa.conf (TLS, the upstream of instances, the upgrade
// headers) in front of two real spa-server instances over one throwaway PostgreSQL, and the
// official socket.io-client connecting through nginx. A socket on one instance sees, once and in
// order, what a command through the other did; the customer page's event stream passes nginx
// unbuffered. Skipped (with the reason) where nginx or PostgreSQL 15 is not installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import https from 'node:https';
import net from 'node:net';
import { io } from 'socket.io-client';

const BIN = process.env.SPA_SERVER_BIN;
const ROOT = new URL('../..', import.meta.url).pathname;
const PG = '/usr/lib/postgresql/15/bin';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const missing = !NGINX ? 'nginx is not installed (scripts/setup-deps.sh installs nginx-light)'
  : !existsSync(`${PG}/initdb`) ? 'PostgreSQL 15 is not installed (scripts/setup-deps.sh installs it)'
    : null;
const asRoot = process.geteuid?.() === 0;

const dir = mkdtempSync(join(tmpdir(), 'spa-nginx-e2e-'));
const instances = [];
let pgPort;
let nginxPort;
let nginxStarted = false;
let pgStarted = false;
// nginx's certificate is a throwaway self-signed one.
const agent = new https.Agent({ rejectUnauthorized: false });

async function freePort() {
  const s = net.createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const p = s.address().port;
  s.close();
  return p;
}

// PostgreSQL refuses to run as root: as root, its tools run as the postgres user.
function pgTool(tool, args) {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', `${PG}/${tool}`, ...args]] : [`${PG}/${tool}`, args];
  execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function waitHealthy(port, proc) {
  for (let i = 0; i < 150; ++i) {
    if (proc.exitCode !== null) throw new Error(`spa-server on ${port} exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).status === 200) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`spa-server on ${port} did not come up`);
}

async function startInstance(name, demo) {
  const port = await freePort();
  const dataDir = join(dir, name);
  const url = `postgresql://postgres@localhost:${pgPort}/postgres?host=${dir}/pg`;
  const args = ['--database', url, '--listen', '127.0.0.1', '--port', String(port), '--data-dir', dataDir,
    '--max-commands-per-second', '0'];
  if (demo) args.push('--demo');
  const proc = spawn(BIN, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitHealthy(port, proc);
  const instance = { name, port, proc, dataDir };
  instances.push(instance);
  return instance;
}

// Through nginx: https on its ephemeral port.
async function api(method, path, body, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const data = body ? JSON.stringify(body) : undefined;
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port: nginxPort, path, method, headers, agent }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        let json = {};
        try { json = JSON.parse(text); } catch { /* not JSON */ }
        resolve({ status: res.statusCode, json, text });
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function metric(instance, name) {
  const text = await (await fetch(`http://127.0.0.1:${instance.port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : NaN;
}

function client(auth) {
  const socket = io(`https://127.0.0.1:${nginxPort}`, {
    transports: ['websocket'], auth, reconnection: false, forceNew: true, rejectUnauthorized: false,
  });
  const events = [];
  socket.onAny((name, ...args) => events.push({ name, data: args[0] }));
  return {
    socket,
    events,
    connected: () => new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    }),
    async waitFor(pred, ms = 5000) {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const hit = events.find(pred);
        if (hit) return hit.data;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('no such event through nginx within the time');
    },
    ack: (name, payload) => socket.timeout(5000).emitWithAck(name, payload),
    close: () => socket.close(),
  };
}

before(async () => {
  if (missing) return;
  assert.ok(BIN, 'SPA_SERVER_BIN must name the spa-server binary');
  chmodSync(dir, 0o755); // the postgres user (as root) and nginx's workers go through it
  execFileSync('mkdir', ['-p', join(dir, 'pg'), join(dir, 'nginx')]);
  if (asRoot) execFileSync('chown', ['postgres', join(dir, 'pg')]);
  pgPort = await freePort();
  pgTool('initdb', ['-D', join(dir, 'pg', 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  pgTool('pg_ctl', ['-D', join(dir, 'pg', 'data'), '-l', join(dir, 'pg', 'pg.log'), '-w', 'start', '-o',
    `-p ${pgPort} -k ${join(dir, 'pg')} -c listen_addresses='' -c fsync=off -c synchronous_commit=off`]);
  pgStarted = true;

  // The first instance migrates and seeds the demo; the second joins the same database.
  const a = await startInstance('a', true);
  const b = await startInstance('b', false);

  // deploy/'s config as shipped, with only what a machine sets differently: the instances' ports,
  // nginx's own ports, the certificate's path, and IPv4 only (a CI container may have no ::1).
  const ngx = join(dir, 'nginx');
  nginxPort = await freePort();
  const plainPort = await freePort();
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=spa.example.com',
    '-keyout', join(ngx, 'privkey.pem'), '-out', join(ngx, 'fullchain.pem')], { stdio: 'ignore' });
  let conf = readFileSync(join(ROOT, 'deploy/nginx/spa.conf'), 'utf8');
  const shipped = conf;
  conf = conf.replace('127.0.0.1:5001', `127.0.0.1:${a.port}`).replace('127.0.0.1:5002', `127.0.0.1:${b.port}`)
    .replaceAll('/etc/spa/tls/', `${ngx}/`)
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${nginxPort} ssl http2;`)
    .replace(/listen 80;/, `listen 127.0.0.1:${plainPort};`);
  assert.notEqual(conf, shipped);
  assert.ok(conf.includes(`127.0.0.1:${b.port}`), 'the shipped upstream names two instances');
  writeFileSync(join(ngx, 'spa.conf'), conf);
  writeFileSync(join(ngx, 'nginx.conf'), `${asRoot ? 'user root;\n' : ''}daemon off;
pid ${ngx}/nginx.pid;
error_log ${ngx}/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${ngx}/body;
    proxy_temp_path ${ngx}/proxy;
    include ${ngx}/spa.conf;
}
`);
  const nginx = spawn(NGINX, ['-c', join(ngx, 'nginx.conf'), '-p', ngx], { stdio: ['ignore', 'ignore', 'inherit'] });
  instances.push({ name: 'nginx', proc: nginx });
  for (let i = 0; i < 100 && !nginxStarted; ++i) {
    try {
      nginxStarted = (await api('GET', '/health')).status === 200;
    } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  assert.ok(nginxStarted, `nginx did not answer: ${existsSync(join(ngx, 'error.log')) ? readFileSync(join(ngx, 'error.log'), 'utf8') : ''}`);
});

after(async () => {
  for (const i of instances.reverse()) {
    if (i.proc.exitCode === null) {
      const exited = once(i.proc, 'exit');
      i.proc.kill('SIGTERM');
      await exited;
    }
  }
  if (pgStarted) {
    try { pgTool('pg_ctl', ['-D', join(dir, 'pg', 'data'), '-m', 'immediate', 'stop']); } catch { /* already down */ }
  }
  rmSync(dir, { recursive: true, force: true });
});

test('two sockets through nginx land on both instances and each sees the other\'s commands once, in order',
  { skip: missing ?? false }, async () => {
    const token = (await api('POST', '/api/login', { username: 'cashier', password: 'cashier' })).json.token;
    assert.ok(token, 'signed in through nginx');
    const [a, b] = instances;
    // least_conn: the second long-lived socket goes to the instance without one.
    const one = client({ token });
    await one.connected();
    const two = client({ token });
    await two.connected();
    await one.waitFor((e) => e.name === 'cashier_queue_updated');
    await two.waitFor((e) => e.name === 'cashier_queue_updated');
    assert.equal(await metric(a, 'spa_websocket_connections'), 1, 'one socket on instance a');
    assert.equal(await metric(b, 'spa_websocket_connections'), 1, 'one socket on instance b');

    // Commands over each socket (so over each instance): both sockets see all six check-ins.
    const names = [];
    for (let i = 0; i < 3; ++i) {
      for (const [c, who] of [[one, 'One'], [two, 'Two']]) {
        const name = `${who} Nginx${i}`;
        const r = await c.ack('visit:checkin', { customer_name: name, service_ids: [1] });
        assert.equal(r.ok, true, JSON.stringify(r.error));
        names.push(name);
      }
    }
    for (const c of [one, two]) {
      const last = await c.waitFor((e) => e.name === 'cashier_queue_updated'
        && names.every((n) => JSON.stringify(e.data).includes(n)));
      assert.ok(last.seq > 0);
      // Each state a socket got has a higher seq than the one before: in order, none twice.
      const seqs = c.events.filter((e) => e.name === 'cashier_queue_updated').map((e) => e.data.seq);
      for (let i = 1; i < seqs.length; ++i) assert.ok(seqs[i] > seqs[i - 1], `seqs in order: ${seqs}`);
    }
    one.close();
    two.close();
  });

test('the customer page\'s event stream passes nginx unbuffered', { skip: missing ?? false }, async () => {
  const token = (await api('POST', '/api/login', { username: 'cashier', password: 'cashier' })).json.token;
  const r = await api('POST', '/api/visits', { customer_name: 'Stream Nginx', service_ids: [1] }, token);
  assert.equal(r.status, 201, r.text);
  const code = r.json.visit.code;
  // The first event arrives while the stream stays open: nginx does not hold it back.
  const first = await new Promise((resolve, reject) => {
    const req = https.get({ host: '127.0.0.1', port: nginxPort, path: `/t/${code}/events`, agent }, (res) => {
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /text\/event-stream/);
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
        if (/data: .*\n\n/.test(text)) { resolve(text); req.destroy(); }
      });
    });
    req.on('error', (e) => { if (e.code !== 'ECONNRESET') reject(e); });
    setTimeout(() => reject(new Error('no event through nginx within 5 s')), 5000);
  });
  assert.match(first, /event: update\n/);
  assert.equal(JSON.parse(first.match(/data: (.*)\n/)[1]).visit.ticket, r.json.visit.ticket);
});
