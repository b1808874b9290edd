// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Helpers shared by the browser test and scripts/customer-screenshots.mjs: the real spa-server
// binary on a free port over a temporary data folder, its REST API, and Debian's Chromium driven
// by playwright-core (which never downloads a browser of its own).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const PHONE = { width: 390, height: 844 };

export async function freePort() {
  const s = net.createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const p = s.address().port;
  s.close();
  await once(s, 'close');
  return p;
}

export class SpaServer {
  constructor(bin) {
    if (!bin) throw new Error('set SPA_SERVER_BIN to the spa-server binary');
    this.bin = bin;
    this.dataDir = mkdtempSync(join(tmpdir(), 'spa-browser-'));
    this.proc = null;
    this.port = 0;
  }

  get base() { return `http://127.0.0.1:${this.port}`; }

  async start() {
    if (!this.port) this.port = await freePort();
    this.proc = spawn(this.bin, ['--demo', '--listen', '127.0.0.1', '--port', String(this.port),
                                 '--data-dir', this.dataDir],
                      { stdio: ['ignore', 'ignore', process.env.SPA_SERVER_LOG ? 'inherit' : 'ignore'] });
    for (let i = 0; i < 150; ++i) {
      try {
        const r = await fetch(`${this.base}/health`);
        if (r.status === 200) return;
      } catch { /* not up yet */ }
      if (this.proc.exitCode !== null) throw new Error(`spa-server exited with ${this.proc.exitCode}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('spa-server did not come up');
  }

  async stop() {
    if (!this.proc || this.proc.exitCode !== null) return;
    const exited = once(this.proc, 'exit');
    this.proc.kill('SIGTERM');
    await exited;
  }

  async dispose() {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async api(method, path, body, token) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const r = await fetch(`${this.base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    const json = await r.json().catch(() => ({}));
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  }

  async login(body) {
    return (await this.api('POST', '/api/login', body)).token;
  }
}

// A fresh profile in a temporary folder each time; a phone-sized page.
export async function launchBrowser(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'spa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    ...options,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
