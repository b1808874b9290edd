#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerates docs/screenshots/customer-page*.png: the customer page at /t/<code> in Debian's
// headless Chromium at phone size (390×844 CSS pixels, 2× for crisp images), against the real
// spa-server with demo data. Needs a build and `npm ci` in tests/browser:
//   (cd tests/browser && npm ci) && node scripts/customer-screenshots.mjs
// SPA_SERVER_BIN picks the binary (default build/server/spa-server).
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { SpaServer, launchBrowser } from '../tests/browser/spa.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = new SpaServer(process.env.SPA_SERVER_BIN || join(root, 'build', 'server', 'spa-server'));
const browsers = [];

async function shoot(locale, path, file, ready) {
  const b = await launchBrowser({ locale, deviceScaleFactor: 2 });
  browsers.push(b);
  const page = await b.context.newPage();
  await page.goto(`${server.base}${path}`);
  await page.locator('#live:not(.lost)').waitFor({ state: 'visible', timeout: 10000 });
  if (ready) await ready(page);
  await page.screenshot({ path: join(out, file), animations: 'disabled' });
  console.log(`wrote docs/screenshots/${file}`);
  return page;
}

try {
  await server.start();
  const desk = await server.login({ username: 'cashier', password: 'cashier' });
  const anna = await server.login({ staff_id: 3, pin: '1111' });
  const post = (path, body = {}, token = desk) => server.api('POST', path, body, token);
  const checkIn = async (name, service) =>
    (await post('/api/visits', { customer_name: name, service_ids: [service] })).visit;

  // A busy morning: Anna, Budi and Chai each with a guest, one guest waiting ahead of ours.
  const inService = [];
  for (const [name, service, therapist, room] of [['Somchai Jaidee', 3, 3, 1], ['Mali Chanthra', 1, 4, 2],
                                                 ['Ari Putra', 5, 5, 4]]) {
    const v = await checkIn(name, service);
    await post(`/api/visits/${v.id}/assign`, { therapist_id: therapist, room_id: room });
    await post(`/api/visits/${v.id}/start`);
    inService.push(v);
  }
  await checkIn('Dewi Lestari', 5);
  const ours = await checkIn('Ploy Srisai', 1);

  await shoot('en-US', `/t/${ours.code}`, 'customer-page.png');
  await shoot('th-TH', `/t/${ours.code}`, 'customer-page-th.png');

  // Anna finishes her guest, the desk gives ours to her in room 3, and Anna calls.
  const page = await shoot('en-US', `/t/${ours.code}`, 'customer-page-called.png', async (p) => {
    await post(`/api/visits/${inService[0].id}/complete`);
    await post(`/api/visits/${ours.id}/assign`, { therapist_id: 3, room_id: 3 });
    await post(`/api/visits/${ours.id}/call`, {}, anna);
    await p.locator('#called').waitFor({ state: 'visible', timeout: 2000 });
  });
  console.log(await page.locator('#called-text').textContent());
} finally {
  for (const b of browsers) await b.close();
  await server.dispose();
}
