// End-to-end: the live chart moves while ./nusatrade replay streams real ETH/USD 5-minute bars
// (ta4j-examples) through the MT5 gateway -> Artemis -> Liberty -> Vaadin push.
// Needs the running platform (./nusatrade run) and a built launcher. Run:
//   NUSATRADE_BASE_URL=http://127.0.0.1:9080 node --test live-chart.spec.mjs
// Optional: NUSATRADE_HOME (repository root; default ../../../..), NUSATRADE_CHART_SCREENSHOT=<png>,
// NUSATRADE_REPLAY_CSV=<bars csv>, CHROMIUM=<browser binary> (default /usr/bin/chromium).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const home = resolve(process.env.NUSATRADE_HOME ?? join(here, '../../../..'));
const base = (process.env.NUSATRADE_BASE_URL ?? 'http://127.0.0.1:9080').replace(/\/$/, '');
const screenshot = process.env.NUSATRADE_CHART_SCREENSHOT;
const STEP_TIMEOUT = 60_000;
const SYMBOL = 'ETHUSD';

let browser;
let replay;

// The ETH/USD 5-minute bars of March 2023 shipped in ta4j-examples, as replay's bar CSV (the same
// conversion as mt5-gateway's Ta4jSampleData: endTime is the bar's last millisecond).
function ethBarsCsv() {
  if (process.env.NUSATRADE_REPLAY_CSV) {
    return process.env.NUSATRADE_REPLAY_CSV;
  }
  const converted = join(home, 'mt5-gateway/target/data/ethusd-m5-bars.csv');
  if (existsSync(converted)) {
    return converted;
  }
  const jar = join(homedir(), '.m2/repository/org/ta4j/ta4j-examples/0.18/ta4j-examples-0.18.jar');
  const json = execFileSync('unzip', ['-p', jar, 'ETH-USD-PT5M-2023-3-13_2023-3-15.json'], {
    maxBuffer: 64 << 20,
  }).toString();
  const bar = /"endTime":\s*(\d+),\s*"openPrice":\s*([\d.]+),\s*"highPrice":\s*([\d.]+),\s*"lowPrice":\s*([\d.]+),\s*"closePrice":\s*([\d.]+),\s*"volume":\s*([\d.]+)/g;
  const rows = ['time,open,high,low,close,volume'];
  for (const m of json.matchAll(bar)) {
    rows.push([Number(m[1]) + 1 - 300_000, m[2], m[3], m[4], m[5], m[6]].join(','));
  }
  const out = join(tmpdir(), 'nusatrade-e2e-ethusd-m5-bars.csv');
  writeFileSync(out, rows.join('\n') + '\n');
  return out;
}

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  if (replay && replay.exitCode === null) {
    replay.kill('SIGTERM');
  }
  await browser?.close();
});

const lastCandle = (page) =>
  page.evaluate(() => document.querySelector('nusatrade-chart')?.lastCandle?.() ?? null);

async function waitForChange(page, from, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await lastCandle(page);
    if (now && JSON.stringify(now) !== JSON.stringify(from)) {
      return now;
    }
    assert.ok(Date.now() < deadline, `${what}: last candle still ${JSON.stringify(now)}`);
    await page.waitForTimeout(250); // polling the page, not waiting for an outcome
  }
}

test('the last candle moves while ./nusatrade replay streams ETH/USD into the platform', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'id-ID' });
  await page.goto(`${base}/chart?symbol=${SYMBOL}&tf=M1&indicators=sma:20,ema:20`, { timeout: STEP_TIMEOUT });
  await page.waitForSelector('#username', { timeout: STEP_TIMEOUT });
  await page.fill('#username', 'trader-a');
  await page.fill('#password', 'nusatrade-demo');
  await page.click('#kc-login');
  await page.waitForSelector('nusatrade-chart', { timeout: STEP_TIMEOUT });
  await page.waitForFunction(() => customElements.get('nusatrade-chart') !== undefined);
  // live, with the tenant's zone beside it: trader-a's tenant trades in WIB
  assert.equal((await page.locator('#chart-status').textContent()).trim(), '● Langsung · WIB');
  const before = await lastCandle(page);

  // 120x: one 5-minute bar (four ticks) every 2.5 s, stamped live so the gateway accepts them
  replay = spawn(join(home, 'nusatrade'),
    ['replay', '--input', ethBarsCsv(), '--symbol', SYMBOL, '--speed', '120x'],
    { cwd: home, env: { ...process.env, NUSATRADE_SKIP_BUILD: '1' }, stdio: ['ignore', 'inherit', 'inherit'] });

  const first = await waitForChange(page, before, 90_000, 'no live update arrived');
  const second = await waitForChange(page, first, 60_000, 'the candle stopped after one update');
  assert.ok(second.time >= first.time, 'updates go forward in time');
  assert.ok(second.high >= second.low && second.volume >= 1, 'a well-formed candle');

  if (screenshot) {
    // let a few more candles form for the picture
    await waitForChange(page, second, 60_000, 'no third update');
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  await page.close();
});
