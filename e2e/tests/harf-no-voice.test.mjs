// Journey: a child on a phone with no voice at all (the server has none, the browser has none)
// learns the first Uzbek letter. No activity may show its answer as text: the card is marked
// data-voice="none", no element marked data-answer-text exists, there is no on-screen speech
// bubble and no speaker button; "Listen" is skipped (not failed), "First sound" and "Listen and
// choose" ask with pictures. Also: a locked letter explains itself, zero stars offer "Try
// again", and the celebration dialog keeps focus.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { form, fill, launchBrowser, openPage, pathOf, shot, submit } from '../helpers/browser.mjs';
import { activityPosted, drawA, letterLabel as label } from '../helpers/harf.mjs';
import { t } from '../helpers/i18n.mjs';
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

const CARD = 'uz-a';

/** Nothing on the card shows an answer as text, and nothing offers to speak. */
async function assertNoAnswerText(page, where) {
  const found = await page.evaluate(() => ({
    answer: document.querySelectorAll('#harf-card [data-answer-text]').length,
    bubble: document.querySelectorAll('#harf-card [data-bubble]').length,
    hear: document.querySelectorAll('#harf-card .hc-hear').length,
    sayHint: document.querySelector('[data-say-hint]').offsetParent !== null,
    play: document.querySelector('[data-play]').offsetParent !== null,
  }));
  assert.deepEqual(found, { answer: 0, bubble: 0, hear: 0, sayHint: false, play: false }, where);
}

const posted = (page, suffix) => activityPosted(page, CARD, suffix);

/** Plays the rounds of the open choice activity; `pick()` names the right tile (or a wrong one). */
async function playRounds(page, pick, shotName) {
  const total = await page.locator('[data-panel="choice"] [data-dots] li').count();
  for (let i = 0; i < total; i++) {
    await page.locator(`[data-dots] li:nth-child(${i + 1}).now`).waitFor({ state: 'attached' });
    await page.locator('[data-options]:not(.answered) .hc-tile').first().waitFor();
    await assertNoAnswerText(page, `round ${i + 1}`);
    if (i === 0 && shotName) await shot(page, shotName);
    const tiles = page.locator('[data-options] .hc-tile');
    const texts = (await tiles.allTextContents()).map((s) => s.trim());
    const want = await pick(texts);
    const index = texts.findIndex((s) => s === want);
    assert.ok(index >= 0, `round ${i + 1}: "${want}" among ${JSON.stringify(texts)}`);
    await tiles.nth(index).click();
  }
}

test('a child with no voice on the phone learns a letter without ever seeing an answer as text', async () => {
  const page = await openPage(browser, server);
  // No server voice, and a browser without voices.
  await page.route('**/api/v1/speech/status', (r) => r.fulfill({ json: { tts: { 'uz-UZ': 'browser', 'ru-RU': 'browser', 'en-US': 'browser' }, stt: false } }));
  await page.addInitScript(() => {
    if ('speechSynthesis' in window) window.speechSynthesis.getVoices = () => [];
  });
  await page.goto('/register');
  const signup = form(page, '/register');
  await fill(signup, { role: 'student', name: 'Shahzod', email: 'shahzod@e2e.test', password: 'qizil olma 7' });
  await submit(signup);

  // A locked letter says which letter to finish first, with a way there.
  await page.goto('/harf/uz');
  const note = page.locator('[data-locked-note]');
  assert.equal(await note.isVisible(), false);
  await page.locator('[data-locked]').first().click();
  await note.waitFor({ state: 'visible' });
  assert.equal(await note.locator('[data-locked-go]').getAttribute('href'), `/harf/uz/${CARD}`);
  await shot(page, 'harf-nv-1-locked-phone');
  const skippedListenP = posted(page, 'listen/skip'); // the card opens on Listen, which skips
  await Promise.all([page.waitForNavigation(), note.locator('[data-locked-go]').click()]);
  assert.equal(pathOf(page), `/harf/uz/${CARD}`);

  await page.locator('#harf-card[data-voice="none"]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('h1').count(), 1, 'the card has one h1');
  const data = JSON.parse(await page.locator('#harf-data').textContent());
  const letterOf = new Map(data.letters.map((l) => [l.id, l]));
  const cardOf = new Map(data.other_words.map((w) => [w.emoji, w.card]));
  for (const w of data.card.words) cardOf.set(w.emoji, data.card.id);

  // Listen cannot be heard: it is skipped at once (not failed), and the pictures stay.
  const skippedListen = await skippedListenP;
  assert.equal(skippedListen.skipped, true);
  await page.locator('[data-step="listen"].skipped').waitFor();
  await assertNoAnswerText(page, 'listen');
  await shot(page, 'harf-nv-2-listen-skipped-phone');

  // Trace works as ever.
  await page.locator('[data-step="trace"]').click();
  await drawA(page);
  const traced = posted(page, 'trace');
  await page.locator('[data-done]').click();
  assert.ok((await traced).best_stars >= 1);

  // Find, answered wrong every time: zero stars, and the main button offers to try again.
  await page.locator('[data-step="find"]').click();
  let saved = posted(page, 'find');
  await playRounds(page, (texts) => texts.find((s) => s.toLowerCase() !== data.card.lower));
  assert.equal((await saved).stars, 0);
  await page.locator('[data-result]').waitFor();
  assert.equal((await page.locator('[data-next-label]').textContent()).trim(), t('uz', 'harf-card-try-again'));
  await shot(page, 'harf-nv-3-try-again-phone');
  saved = posted(page, 'find');
  await page.locator('[data-next]').click();
  await playRounds(page, (texts) => texts.find((s) => s.toLowerCase() === data.card.lower));
  assert.equal((await saved).stars, 3);

  // First sound and listen-and-choose: a picture, letters to choose from, no word anywhere.
  const byPicture = async (texts) => {
    const emoji = (await page.locator('[data-prompt] [data-ask-picture]').textContent()).trim();
    const card = letterOf.get(cardOf.get(emoji));
    assert.ok(card, `the picture ${emoji} belongs to a letter`);
    assert.ok(texts.includes(label(card)), `${label(card)} is offered for ${emoji}`);
    return label(card);
  };
  await page.locator('[data-step="first_sound"]').click();
  saved = posted(page, 'first_sound');
  await playRounds(page, byPicture, 'harf-nv-4-first-sound-phone');
  assert.equal((await saved).stars, 3);

  await page.locator('[data-step="listen_choose"]').click();
  saved = posted(page, 'listen_choose');
  await playRounds(page, byPicture, 'harf-nv-5-listen-choose-phone');
  const last = await saved;
  assert.equal(last.newly_learned, true, JSON.stringify(last));

  // The celebration keeps focus: in on open, Tab stays inside, Escape closes and gives it back.
  const dialog = page.locator('[data-party] [role="dialog"]');
  await dialog.waitFor();
  await shot(page, 'harf-nv-6-celebration-phone');
  const inside = () => page.evaluate(() => document.querySelector('[data-party] [role="dialog"]').contains(document.activeElement));
  assert.ok(await inside(), 'focus moved into the dialog');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
    await page.keyboard.press('Tab');
    assert.ok(await inside(), `focus stays inside after Tab ${i + 1}`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-party]').isVisible(), false);
  assert.ok(await page.evaluate(() => document.activeElement && document.activeElement !== document.body), 'focus went back');
  page.checkErrors();
  await page.context().close();
});

test('when the browser refuses to play sound before a tap, the first prompt waits behind a big "tap to hear"', async () => {
  const { chromium } = await import('playwright-core');
  const strict = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--autoplay-policy=user-gesture-required'],
  });
  try {
    const page = await openPage(strict, server);
    const spoken = [];
    await page.route('**/api/v1/speech/status', (r) => r.fulfill({ json: { tts: { 'uz-UZ': 'espeak' }, stt: false } }));
    await page.route('**/api/v1/speech/tts**', (r) => {
      spoken.push(new URL(r.request().url()).searchParams.get('text'));
      return r.fulfill({ status: 500, body: '' });
    });
    await page.goto('/register');
    const signup = form(page, '/register');
    await fill(signup, { role: 'student', name: 'Malika', email: 'malika@e2e.test', password: 'kok osmon 8' });
    await submit(signup);
    await page.goto(`/harf/uz/${CARD}`);
    // Listen and trace done, so the card opens on "find", whose first prompt speaks at once.
    await page.evaluate(async (card) => {
      const token = document.querySelector('meta[name="csrf-token"]').content;
      const send = (act, body) => fetch(`/api/v1/harf/cards/${card}/activities/${act}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token }, body: JSON.stringify(body),
      });
      await send('listen', { completed: true });
      await send('trace', { coverage: 0.9, outside: 0.1 });
    }, CARD);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // the button stops pulsing, so it can be clicked
    await page.reload();
    await page.locator('#harf-card[data-voice="server"]').waitFor({ state: 'attached' });
    const tap = page.locator('[data-prompt] [data-tap-to-hear]');
    await tap.waitFor();
    assert.equal(spoken.length, 0, 'nothing was played before the tap');
    await shot(page, 'harf-nv-7-tap-to-hear-phone');
    await tap.click();
    assert.equal(await tap.count(), 0, 'the button goes once tapped');
    for (let i = 0; i < 50 && spoken.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(spoken.length > 0, 'the tap plays the prompt');
    page.checkErrors();
  } finally {
    await strict.close();
  }
});
