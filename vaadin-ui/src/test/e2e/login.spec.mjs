// End-to-end: a trader logs in through Keycloak and sees their tenant's profile.
// Needs the running platform (./nusatrade run: Liberty with both WARs, Keycloak, PostgreSQL with
// demo data). Run:  NUSATRADE_BASE_URL=http://127.0.0.1:9080 node --test login.spec.mjs
// Optional: NUSATRADE_SCREENSHOT=<png path>, CHROMIUM=<browser binary> (default /usr/bin/chromium).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.env.NUSATRADE_BASE_URL ?? 'http://127.0.0.1:9080').replace(/\/$/, '');
const screenshot = process.env.NUSATRADE_SCREENSHOT;
const STEP_TIMEOUT = 60_000; // first page after a server start compiles JSPs/warms CDI

let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
});

async function logIn(page, username) {
  await page.goto(`${base}/tenant`, { timeout: STEP_TIMEOUT });
  // Liberty's OpenID Connect client redirects to Keycloak's login form.
  await page.waitForSelector('#username', { timeout: STEP_TIMEOUT });
  await page.fill('#username', username);
  await page.fill('#password', 'nusatrade-demo');
  await page.click('#kc-login');
}

async function text(page, selector) {
  const element = await page.waitForSelector(selector, { timeout: STEP_TIMEOUT });
  return (await element.textContent()).trim();
}

test('trader-a logs in through Keycloak and sees PT Demo Nusantara', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
  await logIn(page, 'trader-a');

  assert.equal(await text(page, '#tenant-name'), 'PT Demo Nusantara');
  assert.equal(await text(page, '#tenant-tier'), 'Pro');
  assert.equal(await text(page, '#tenant-price'), 'Rp 299.000');
  assert.equal(await text(page, '#tenant-quota'), '2.000 prediksi');
  assert.match(await text(page, '#tenant-local-time'), /^\d{2} \S+ \d{4} \d{2}:\d{2} WIB$/);
  assert.equal(await text(page, '#current-user'), 'trader-a');
  const menu = await page.locator('vaadin-side-nav-item').allTextContents();
  assert.deepEqual(menu.map((m) => m.trim()), [
    'Dasbor',
    'Grafik Langsung',
    'Profil Tenant',
    'Backtest',
    'Paket & tagihan',
    'Perdagangan',
    'Sinyal',
    'Model',
  ]);

  if (screenshot) {
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  }

  // Route access is enforced on the server, not only by hiding the link.
  await page.goto(`${base}/review`, { timeout: STEP_TIMEOUT });
  assert.equal(await text(page, '#access-denied h2'), 'Akses ditolak');
  await page.close();
});

test('compliance officer lands on the review queue and may not open the tenant profile', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/`, { timeout: STEP_TIMEOUT });
  await page.waitForSelector('#username', { timeout: STEP_TIMEOUT });
  await page.fill('#username', 'officer-a');
  await page.fill('#password', 'nusatrade-demo');
  await page.click('#kc-login');

  // Indonesian by default even for an English browser; the picker switches it.
  assert.equal(await text(page, '#review-queue h2'), 'Antrean Tinjauan');
  const menu = await page.locator('vaadin-side-nav-item').allTextContents();
  assert.deepEqual(menu.map((m) => m.trim()), ['Antrean Tinjauan', 'Riwayat Proses']);

  await page.goto(`${base}/tenant`, { timeout: STEP_TIMEOUT });
  assert.equal(await text(page, '#access-denied h2'), 'Akses ditolak');
  await context.close();
});
