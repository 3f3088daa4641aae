// Journey: Tetris on a phone. A signed-in child plays a round to its end with the big drop
// button (hard drop until the stack tops out), the page sends the round and shows the server's
// score, which equals the page's own; a visitor plays the same way and is told nothing is
// kept. Screens at 360×740 and 1280×800 in uz, ru and en.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { startServer } from '../helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ admin: 'none' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const PASSWORD = 'yashil olma 5';
const state = (page) => page.locator('#tetris').getAttribute('data-state');

/** Taps the drop button until the game is over. */
async function dropUntilOver(page, lang) {
  for (let i = 0; i < 200 && (await state(page)) === 'playing'; i += 1) {
    await page.locator('#tetris [data-key="HD"]').dispatchEvent('pointerdown');
    await page.locator('#tetris [data-key="HD"]').dispatchEvent('pointerup');
    await page.waitForTimeout(40);
    if (i === 3) await shot(page, `games-tetris-${lang}-playing`);
  }
}

test('a signed-in child plays Tetris to the top and sees the server\'s score and coins', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Malika Karimova', 'malika-tetris@e2e.test', 'parent pass 1');
  const created = await a.post('/api/v1/family/children', parent.token,
    { name: 'Bekzod', birth_year: 2019, avatar: '🐼', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await login(page, created.child.id, PASSWORD);
  await page.goto('/games/tetris');
  assert.equal(await page.locator('[data-guest]').count(), 0, 'no guest notice when signed in');
  await shot(page, 'games-tetris-uz-ready');

  const finished = page.waitForResponse((r) => /\/api\/v1\/games\/rounds\/\d+\/finish$/.test(new URL(r.url()).pathname), { timeout: 60_000 });
  await page.locator('#tetris [data-start]').click();
  await page.waitForFunction(() => document.getElementById('tetris').dataset.state === 'playing');
  await dropUntilOver(page, 'uz');
  const res = await finished;
  assert.equal(res.status(), 200, await res.text());
  const server_ = await res.json();
  const sent = JSON.parse(res.request().postData());
  await page.waitForFunction(() => document.getElementById('tetris').dataset.state === 'done');
  const result = page.locator('#tetris [data-result]');
  assert.equal(Number(await result.getAttribute('data-score')), server_.score, 'the page shows the server\'s score');
  assert.equal(sent.claimed_score, server_.score, 'the page\'s own score is the replay\'s');
  assert.equal(server_.mismatch, false);
  assert.ok(server_.score > 0, 'hard drops score 2 a row');
  assert.ok(sent.log.inputs.every(([, n]) => n === 'HD'), 'only drops were pressed');
  assert.equal(await result.getAttribute('data-coins'), String(server_.coins));
  await shot(page, 'games-tetris-uz-over');

  // Offline at the end: the round waits on the phone and is sent once the network is back.
  await page.locator('#tetris [data-start]').click();
  await page.waitForFunction(() => document.getElementById('tetris').dataset.state === 'playing');
  await page.context().setOffline(true);
  await dropUntilOver(page, 'uz-offline');
  await page.waitForFunction(() => document.getElementById('tetris').dataset.state === 'offline');
  const waiting = await page.evaluate(() => JSON.parse(localStorage.getItem('alif24.games.pending')));
  assert.equal(waiting.length, 1, 'the round waits in localStorage');
  await shot(page, 'games-tetris-uz-offline');
  const later = page.waitForResponse((r) => /\/finish$/.test(new URL(r.url()).pathname), { timeout: 30_000 });
  await page.context().setOffline(false);
  const sentLater = await later;
  assert.equal(sentLater.status(), 200, await sentLater.text());
  assert.equal((await sentLater.json()).score, waiting[0].body.claimed_score);
  await page.waitForFunction(() => localStorage.getItem('alif24.games.pending') === null);
  page.checkErrors();
  await page.context().close();
});

test('a visitor plays Tetris with keys and is told nothing is kept', async () => {
  for (const [lang, viewport] of [['ru', PHONE], ['en', DESKTOP], ['uz', DESKTOP], ['en', PHONE]]) {
    const page = await openPage(browser, server, { viewport, locale: lang });
    await page.context().addCookies([{ name: 'alif24_lang', value: lang, url: server.url }]);
    await page.goto('/games/tetris');
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.locator('[data-guest]').count(), 1, 'the guest notice');
    let posted = 0;
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/v1/games/')) posted += 1; });
    await page.locator('#tetris [data-start]').click();
    await page.waitForFunction(() => document.getElementById('tetris').dataset.state === 'playing');
    const w = viewport.width;
    for (let i = 0; i < 200 && (await state(page)) === 'playing'; i += 1) {
      await page.keyboard.press(i % 3 === 0 ? 'ArrowLeft' : 'ArrowUp');
      await page.keyboard.press('Space');
      await page.waitForTimeout(30);
      if (i === 6) await shot(page, `games-tetris-${lang}-${w}-playing`);
    }
    await page.waitForFunction(() => document.getElementById('tetris').dataset.state === 'done');
    assert.equal(posted, 0, 'a visitor\'s round is not sent');
    assert.ok(Number(await page.locator('#tetris [data-result]').getAttribute('data-score')) > 0);
    await shot(page, `games-tetris-${lang}-${w}-over`);
    page.checkErrors();
    await page.context().close();
  }
});
