// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The customer page in headless Chromium (Debian's, driven by playwright-core) against the real
// spa-server binary: the ticket and position show on a 390×844 phone, a therapist's "call" shows
// within a second, the page says when its stream is down and catches up after a server restart,
// and "paid" shows at the end. Run by ctest as `node --test`; SPA_SERVER_BIN names the binary.
// Set SPA_SCREENSHOT_DIR to keep a screenshot of each step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SpaServer, launchBrowser } from './spa.mjs';

const server = new SpaServer(process.env.SPA_SERVER_BIN);
let browser;
let desk;
let anna;
const seen = []; // every URL the pages asked for

async function shot(page, name) {
  const dir = process.env.SPA_SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

async function openPage(path, on = browser) {
  const page = await on.context.newPage();
  page.on('request', (r) => seen.push(r.url()));
  const response = await page.goto(`${server.base}${path}`);
  return { page, response };
}

before(async () => {
  await server.start();
  desk = await server.login({ username: 'cashier', password: 'cashier' });
  anna = await server.login({ staff_id: 3, pin: '1111' });
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  await server.dispose();
});

test('the customer page shows the ticket and updates live', async (t) => {
  await server.api('POST', '/api/visits', { customer_name: 'Somchai Jaidee', service_ids: [1] }, desk);
  const { visit } = await server.api('POST', '/api/visits', { customer_name: 'Ploy Srisai', service_ids: [5] }, desk);
  const { page, response } = await openPage(`/t/${visit.code}`);
  assert.equal(response.status(), 200);
  assert.equal(await page.evaluate(() => [innerWidth, innerHeight].join('x')), '390x844');

  await t.test('ticket, status and position show', async () => {
    assert.equal(await page.locator('#ticket').textContent(), '002');
    assert.equal(await page.locator('#status').textContent(), 'Waiting');
    assert.equal(await page.locator('#position').textContent(), '2');
    assert.ok(await page.locator('#wait').isVisible());
    assert.equal(await page.locator('#venue').textContent(), 'Lotus Day Spa');
    assert.ok(await page.locator('#called').isHidden());
    // The stream is open: the live line says so.
    await page.locator('#live:not(.lost)').waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await page.locator('#live-text').textContent(), 'Live updates');
    // Readable on the phone: nothing wider than the screen.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    await shot(page, 'waiting');
  });

  await t.test('assigning shows the therapist and the room', async () => {
    await server.api('POST', `/api/visits/${visit.id}/assign`, { therapist_id: 3 }, desk);
    await page.locator('#row-therapist').waitFor({ state: 'visible', timeout: 1000 });
    assert.equal(await page.locator('#therapist').textContent(), 'Anna');
    assert.equal(await page.locator('#room').textContent(), 'Room 1');
    assert.equal(await page.locator('#status').textContent(), 'Therapist assigned');
  });

  await t.test('the therapist pressing "call" shows within a second', async () => {
    const started = Date.now();
    await server.api('POST', `/api/visits/${visit.id}/call`, {}, anna);
    await page.locator('#called').waitFor({ state: 'visible', timeout: 1000 });
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
    assert.equal(await page.locator('#called-text').textContent(), 'Your therapist Anna is ready — Room 1');
    assert.equal(await page.locator('#status').textContent(), "It's your turn");
    assert.ok(await page.locator('#row-position').isHidden());
    await shot(page, 'called');
  });

  await t.test('a dropped stream says "Reconnecting…" and catches up after a restart', async () => {
    await server.stop();
    await page.locator('#live.lost').waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await page.locator('#live-text').textContent(), 'Reconnecting…');
    await shot(page, 'reconnecting');
    await server.start(); // same port, same data folder
    await page.locator('#live:not(.lost)').waitFor({ state: 'visible', timeout: 15000 });
    // Changes made after the restart arrive over the new stream.
    await server.api('POST', `/api/visits/${visit.id}/start`, {}, anna);
    await page.locator('#status[data-state="in_service"]').waitFor({ timeout: 1000 });
    assert.ok(await page.locator('#called').isHidden());
  });

  await t.test('completing and paying shows "paid"', async () => {
    await server.api('POST', `/api/visits/${visit.id}/complete`, {}, anna);
    await page.locator('#due').waitFor({ state: 'visible', timeout: 1000 });
    assert.equal(await page.locator('#due-text').textContent(), 'Please pay at the front desk: ฿250.00');
    await server.api('POST', `/api/visits/${visit.id}/payments`,
                     { method: 'cash', amount: 25000, tendered: 30000, idempotency_key: 'browser-test-paid-1' }, desk);
    await page.locator('#paid').waitFor({ state: 'visible', timeout: 1000 });
    assert.match(await page.locator('#paid').textContent(), /Paid — thank you/);
    assert.equal(await page.locator('#status').textContent(), 'Paid');
    assert.ok(await page.locator('#due').isHidden());
    // A finished ticket closes its stream.
    await page.locator('#live').waitFor({ state: 'hidden', timeout: 1000 });
    await shot(page, 'paid');
  });
  await page.close();
});

test('the page follows Accept-Language (a phone set to Thai)', async (t) => {
  const { visit } = await server.api('POST', '/api/visits', { customer_name: 'Nok Wongsa', service_ids: [3] }, desk);
  const thai = await launchBrowser({ locale: 'th-TH' }); // sends Accept-Language: th-TH
  t.after(() => thai.close());
  const { page, response } = await openPage(`/t/${visit.code}`, thai);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('html').getAttribute('lang'), 'th');
  assert.equal(await page.locator('#status').textContent(), 'รอคิว');
  await page.locator('#live:not(.lost)').waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await page.locator('#live-text').textContent(), 'อัปเดตอัตโนมัติ');
  await server.api('POST', `/api/visits/${visit.id}/assign`, { therapist_id: 4 }, desk);
  await server.api('POST', `/api/visits/${visit.id}/call`, {}, desk);
  await page.locator('#called').waitFor({ state: 'visible', timeout: 1000 });
  assert.match(await page.locator('#called-text').textContent(), /^พนักงานนวด Budi พร้อมให้บริการแล้ว — Room \d$/);
  await page.close();
});

test('an unknown code gets a friendly page', async () => {
  const { page, response } = await openPage('/t/NOSUCHCODE');
  assert.equal(response.status(), 404);
  assert.equal(await page.locator('h1').textContent(), "We can't find this ticket");
  assert.match(await page.locator('#not-found p').textContent(), /front desk/);
  await page.close();
});

test('the pages load nothing from elsewhere', () => {
  assert.ok(seen.length > 0);
  const outside = seen.filter((u) => !u.startsWith(server.base) && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
});
