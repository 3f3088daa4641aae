// Journey: three classmates play 2048; one opens the leaderboard from the games hub on a phone
// and finds the class ranked with first names and initials, and is told the country board
// needs a parent's permission. A parent sees the child's time and progress per game from the
// dashboard, lets the child appear on the country board, and sees them there. The teacher
// opens "Game boards" and sees the class with whole names. Pages in uz, ru and en.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newGame, step } from '../../web/js/games/g2048.js';
import { api } from '../helpers/api.mjs';
import { DESKTOP, PHONE, form, launchBrowser, login, openPage, shot, submit } from '../helpers/browser.mjs';
import { serverLog, startServer } from '../helpers/server.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** One 2048 round of `n` moves through the API, played with the page's own rules. */
async function play(client, token, n) {
  const round = await client.post('/api/v1/games/2048/rounds', token, {}, 201);
  const game = newGame(round.seed);
  for (let i = 0; i < n; i += 1) step(game, 'LDRU'[i % 4]);
  const done = await client.post(`/api/v1/games/rounds/${round.round_id}/finish`, token, {
    log: { moves: game.moves },
    claimed_score: game.score,
  });
  assert.equal(done.score, game.score);
  return game.score;
}

test('classmates, a parent and a teacher each see the boards they should', async () => {
  const client = api(server);
  const teacher = await client.teacher('Nilufar Rahimova', 'nilufar@e2e.test', 'kok osmon 580');
  const cls = await client.post('/api/v1/classes', teacher.token, { name: '2-A' }, 201);
  const code = cls.class.join_code;
  const kids = [
    ['Aziza Karimova', 'aziza@e2e.test', 60],
    ['Bobur Toshmatov', 'bobur@e2e.test', 140],
    ['Gʻayrat Oʻktamov', 'gayrat@e2e.test', 100],
  ];
  for (const [name, email, n] of kids) {
    const kid = await client.register('student', name, email, 'yashil daraxt 42');
    await client.post('/api/v1/classes/join', kid.token, { code });
    await play(client, kid.token, n);
  }

  // A child on a phone: hub → leaderboard.
  const phone = await openPage(browser, server, { viewport: PHONE });
  await login(phone, 'aziza@e2e.test', 'yashil daraxt 42');
  await phone.goto('/games');
  await phone.locator('[data-boards-link]').click();
  await phone.waitForURL('**/games/boards');
  await phone.locator('.board-games a[title]').nth(1).waitFor();
  await phone.goto('/games/boards?game=2048&scope=class&period=week');
  const names = await phone.locator('[data-board] [data-name]').allTextContents();
  assert.equal(names.length, 3);
  assert.ok(names.includes('Aziza K.') && names.includes('Gʻayrat Oʻ.'), names.join(', '));
  assert.equal(await phone.locator('.board-row.me [data-name]').textContent(), 'Aziza K.');
  assert.ok(await phone.locator('[data-me-rank]').isVisible());
  await shot(phone, 'games-boards-class-child-uz-phone');
  await phone.locator('.board-scopes a').nth(3).click();
  await phone.locator('[data-board-note]').waitFor();
  assert.equal(await phone.locator('[data-board] [data-name]').count(), 0);
  await shot(phone, 'games-boards-country-child-uz-phone');
  phone.checkErrors();
  await phone.context().close();

  // A parent: dashboard → the child's games → allow the country board.
  const parent = await client.register('parent', 'Dilnoza Karimova', 'dilnoza@e2e.test', 'sariq quyosh 93');
  const made = await client.post('/api/v1/family/children', parent.token,
    { name: 'Sevara Karimova', birth_year: 2018, avatar: '🦊', password: 'moviy dengiz 61' }, 201);
  const childId = made.child.id;
  const child = await client.login(childId, 'moviy dengiz 61');
  await client.post('/api/v1/classes/join', child.token, { code });
  await play(client, child.token, 200);
  const desk = await openPage(browser, server, { viewport: DESKTOP });
  await login(desk, 'dilnoza@e2e.test', 'sariq quyosh 93');
  await desk.goto('/dashboard');
  await desk.locator(`a[href="/games/children/${childId}"]`).first().click();
  await desk.waitForURL(`**/games/children/${childId}`);
  assert.ok(await desk.locator('[data-family-games] tr[data-game="2048"]').isVisible());
  assert.equal(await desk.locator('input[value="class"]').isChecked(), true, 'class and school by default');
  await shot(desk, 'games-family-parent-uz-desktop');
  await desk.locator('input[value="public"]').check();
  const saved = await submit(form(desk, `/games/children/${childId}/boards`));
  assert.equal(saved.status(), 200, desk.url());
  assert.equal(new URL(desk.url()).pathname, `/games/children/${childId}`);
  assert.equal(await desk.locator('input[value="public"]').isChecked(), true);
  await desk.goto(`/games/boards?game=2048&scope=country&period=week&child=${childId}`);
  assert.deepEqual(await desk.locator('[data-board] [data-name]').allTextContents(), ['Sevara K.']);
  await shot(desk, 'games-boards-country-parent-uz-desktop');
  desk.checkErrors();
  await desk.context().close();

  // The teacher: the menu → the class in full, in three languages.
  for (const [lang, size, viewport] of [['uz', 'desktop', DESKTOP], ['ru', 'phone', PHONE], ['en', 'desktop', DESKTOP]]) {
    const page = await openPage(browser, server, { viewport });
    await login(page, 'nilufar@e2e.test', 'kok osmon 580');
    await submit(form(page, '/language'), { button: ['lang', lang] });
    await page.locator('a[href="/games/boards"]').first().click();
    await page.waitForURL('**/games/boards');
    await page.goto('/games/boards?game=2048&scope=class');
    const full = await page.locator('[data-board] [data-name]').allTextContents();
    assert.ok(full.includes('Bobur Toshmatov') && full.includes('Sevara Karimova'), `${lang}: ${full.join(', ')}`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await shot(page, `games-boards-teacher-${lang}-${size}`);
    page.checkErrors();
    await page.context().close();
  }
  assert.doesNotMatch(serverLog(server), /panicked/);
});
