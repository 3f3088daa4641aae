// Journey: a child's first ten minutes on a 360 px phone, played twice: on a server with no voice
// (and a browser with none), and on a server with the offline voice (espeak-ng, compressed audio).
// A parent makes a login card; a teacher assigns a short test to a class. The child signs in by
// opening the card's link, a grown-up joins the class from the home page's corner, the child opens
// the letters from the home, learns the first card, buys an avatar with the coins, and takes the
// assigned test from the tile on top of the home. With no voice, no activity shows its answer as
// text; with the voice, the card is spoken with audio of at most 8 KB a word.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fill, form, launchBrowser, openPage, pathOf, shot, submit } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { activityPosted, drawA, letterLabel as label } from '../helpers/harf.mjs';
import { startServer } from '../helpers/server.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const CARD = 'uz-a';

/**
 * What the grown-ups prepare through the API: a parent with a child and a login card, an
 * approved teacher with a class, and a two-question test assigned to it.
 */
async function grownUps(server, tag) {
  const client = api(server);
  const parent = await client.register('parent', 'Nodira Karimova', `nodira-${tag}@e2e.test`, 'parent pass 123');
  const child = await client.post('/api/v1/family/children', parent.token, {
    name: 'Anvar', birth_year: new Date().getFullYear() - 6, avatar: '🐼', password: 'yashil olma 5',
  }, 201);
  const childId = child.child.id;
  const card = await client.post(`/api/v1/family/children/${childId}/login-cards`, parent.token, {}, 201);
  assert.ok(card.card_id && card.url, `a login card: ${JSON.stringify(card)}`);

  const teacher = await client.teacher('Gulnora Rasulova', `gulnora-${tag}@e2e.test`, 'teacher pass 123');
  const made = await client.post('/api/v1/classes', teacher.token, { name: '1-A' }, 201);
  const klass = made.class ?? made;
  const questions = [];
  for (const [prompt, options, correct] of [['2 + 3 = ?', ['4', '5', '6'], 1], ['1 + 1 = ?', ['2', '3'], 0]]) {
    const q = await client.post('/api/v1/exams/questions', teacher.token, {
      subject: 'math', grade: 1, language: 'uz', question: { prompt, type: 'single', options, correct },
    }, 201);
    questions.push({ id: q.id, right: options[correct] });
  }
  const t = await client.post('/api/v1/exams/tests', teacher.token, {
    title: 'Qoʻshish', subject: 'math', grade: 1, language: 'uz',
  }, 201);
  await client.post(`/api/v1/exams/tests/${t.id}/questions`, teacher.token, { question_ids: questions.map((q) => q.id) });
  const assignment = await client.post('/api/v1/exams/assignments', teacher.token, {
    test_id: t.id, class_id: klass.id, due_at: Date.now() + 86_400_000,
  }, 201);
  return { cardUrl: card.url, joinCode: klass.join_code, assignmentId: assignment.id, questions };
}

/** Nothing on the card shows an answer as text, and nothing offers to speak. */
async function assertNoAnswerText(page, where) {
  const found = await page.evaluate(() => ({
    answer: document.querySelectorAll('#harf-card [data-answer-text]').length,
    bubble: document.querySelectorAll('#harf-card [data-bubble]').length,
    hear: document.querySelectorAll('#harf-card .hc-hear').length,
  }));
  assert.deepEqual(found, { answer: 0, bubble: 0, hear: 0 }, `no answer as text: ${where}`);
}

const posted = (page, suffix) => activityPosted(page, CARD, suffix);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Plays the rounds of the open choice activity; `pick(texts, round)` names the right tile. */
async function playRounds(page, voice, pick) {
  const total = await page.locator('[data-panel="choice"] [data-dots] li').count();
  assert.ok(total >= 3, `a choice activity has rounds: ${total}`);
  for (let i = 0; i < total; i++) {
    await page.locator(`[data-dots] li:nth-child(${i + 1}).now`).waitFor({ state: 'attached' });
    await page.locator('[data-options]:not(.answered) .hc-tile').first().waitFor();
    if (voice === 'none') await assertNoAnswerText(page, `round ${i + 1}`);
    const tiles = page.locator('[data-options] .hc-tile');
    const texts = (await tiles.allTextContents()).map((s) => s.trim());
    const want = await pick(texts, i);
    const index = texts.findIndex((s) => s === want);
    assert.ok(index >= 0, `round ${i + 1}: "${want}" among ${JSON.stringify(texts)}`);
    await tiles.nth(index).click();
  }
}

/** Learns the first card; `spoken` is the list of texts the page asked the server to say. */
async function learnCard(page, voice, spoken) {
  await page.locator(`#harf-card[data-voice="${voice}"]`).waitFor({ state: 'attached' });
  const data = JSON.parse(await page.locator('#harf-data').textContent());
  const letterOf = new Map(data.letters.map((l) => [l.id, l]));
  const cardOf = new Map(data.other_words.map((w) => [w.emoji, w.card]));
  for (const w of data.card.words) cardOf.set(w.emoji, data.card.id);
  const byPicture = async (texts) => {
    const emoji = (await page.locator('[data-prompt] [data-ask-picture]').textContent()).trim();
    const card = letterOf.get(cardOf.get(emoji));
    assert.ok(card && texts.includes(label(card)), `the letter of ${emoji} is offered`);
    return label(card);
  };

  if (voice === 'none') {
    await page.locator('[data-step="listen"].skipped').waitFor();
    await assertNoAnswerText(page, 'listen');
  } else {
    const saved = posted(page, 'listen');
    await page.locator('[data-play]').click();
    assert.equal((await saved).best_stars, 3, 'listening to the card to the end');
  }
  await shot(page, `child-first-${voice}-2-card-phone`);

  await page.locator('[data-step="trace"]').click();
  await drawA(page);
  const traced = posted(page, 'trace');
  await page.locator('[data-done]').click();
  assert.ok((await traced).best_stars >= 1, 'the traced letter earns a star');

  await page.locator('[data-step="find"]').click();
  let saved = posted(page, 'find');
  await playRounds(page, voice, (texts) => texts.find((s) => s.toLowerCase() === data.card.lower));
  assert.equal((await saved).stars, 3);

  await page.locator('[data-step="first_sound"]').click();
  saved = posted(page, 'first_sound');
  await playRounds(page, voice, async (texts) => {
    if (voice === 'none') return byPicture(texts);
    const word = (await page.locator('[data-prompt] .hc-ask-word').textContent()).trim().toLowerCase();
    const match = data.letters
      .filter((l) => texts.includes(label(l)) && word.startsWith(l.lower.toLowerCase()))
      .sort((a, b) => b.lower.length - a.lower.length);
    return label(match[0]);
  });
  assert.equal((await saved).stars, 3);

  await page.locator('[data-step="listen_choose"]').click();
  saved = posted(page, 'listen_choose');
  await playRounds(page, voice, async (texts, i) => {
    if (voice === 'none') return byPicture(texts);
    let said = null;
    for (let t = 0; t < 100 && !said; t++) {
      said = spoken.findLast((s) => data.letters.some((l) => l.sound === s && texts.includes(label(l))));
      if (!said) await sleep(50);
    }
    assert.ok(said, `round ${i + 1}: the page said a letter's sound (heard ${JSON.stringify(spoken.slice(-3))})`);
    spoken.length = 0;
    return label(data.letters.find((l) => l.sound === said && texts.includes(label(l))));
  });
  const last = await saved;
  assert.equal(last.newly_learned, true, `the card is learned: ${JSON.stringify(last)}`);
  await page.locator('[data-party] [role="dialog"]').waitFor();
  await shot(page, `child-first-${voice}-3-learned-phone`);
  await page.keyboard.press('Escape');
  return last.coins;
}

async function firstTenMinutes(voice) {
  const server = await startServer({ env: voice === 'none' ? { ALIF24_ESPEAK: 'off' } : {} });
  try {
    const ready = await (await fetch(`${server.url}/readyz`)).json();
    assert.equal(ready.speech.server_voice, voice === 'server', `readyz: ${JSON.stringify(ready)}`);
    const setup = await grownUps(server, voice);

    const page = await openPage(browser, server);
    if (voice === 'none') {
      await page.addInitScript(() => {
        if ('speechSynthesis' in window) window.speechSynthesis.getVoices = () => [];
      });
    }
    const spoken = [];
    // What the page plays, by text: the page fetches each phrase once and replays its blob, so
    // the played element's blob URL is traced back to the phrase it was fetched for.
    await page.exposeFunction('e2ePlayed', (text) => spoken.push(text));
    await page.addInitScript(() => {
      const textOf = new Map();
      const fetch0 = window.fetch;
      window.fetch = async (input, init) => {
        const res = await fetch0(input, init);
        const url = new URL(String(input instanceof Request ? input.url : input), location.href);
        if (url.pathname !== '/api/v1/speech/tts') return res;
        const blob0 = res.blob.bind(res);
        res.blob = async () => {
          const b = await blob0();
          b.e2eText = url.searchParams.get('text');
          return b;
        };
        return res;
      };
      const create0 = URL.createObjectURL;
      URL.createObjectURL = (b) => {
        const u = create0(b);
        if (b && b.e2eText) textOf.set(u, b.e2eText);
        return u;
      };
      const play0 = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function play() {
        const text = textOf.get(this.src);
        if (text) window.e2ePlayed(text);
        return play0.call(this);
      };
    });
    const audio = [];
    page.on('response', async (r) => {
      const url = new URL(r.url());
      if (url.pathname !== '/api/v1/speech/tts') return;
      const text = url.searchParams.get('text');
      if (r.status() === 200) audio.push({ text, type: r.headers()['content-type'], bytes: (await r.body()).length });
    });

    // Signed in by the login card's link: no typing.
    await page.goto(setup.cardUrl);
    assert.equal(pathOf(page), '/dashboard');
    await page.locator('.home-tiles').waitFor();
    await shot(page, `child-first-${voice}-1-home-phone`);
    assert.equal(await page.locator('main form:not(details form)').count(), 0, 'no form outside the grown-ups corner');
    for (const tile of await page.locator('.home-tile').all()) {
      assert.equal(await tile.locator('.say-button[data-say]').count(), 1, 'every tile has a speaker');
    }

    // A grown-up joins the class from the corner.
    await page.locator('details.grown-ups > summary').click();
    const join = form(page, '/classes/join');
    await fill(join, { code: setup.joinCode });
    await submit(join);
    await page.goto('/dashboard');
    const urgent = page.locator('.home-tile.urgent[data-tile="assigned-test"]');
    assert.equal(await urgent.count(), 1, 'the assigned test is on top of the home');
    assert.equal(await page.locator('.home-tile').first().getAttribute('data-tile'), 'assigned-test');

    // The letters, from the home.
    await Promise.all([page.waitForNavigation(), page.locator('[data-tile="letters"] > a').click()]);
    assert.match(pathOf(page), /^\/harf/);
    if (pathOf(page) !== '/harf/uz') await page.goto('/harf/uz');
    await Promise.all([page.waitForNavigation(), page.locator(`main a.letter-tile[href="/harf/uz/${CARD}"]`).click()]);
    const coins = await learnCard(page, voice, spoken);
    assert.ok(coins >= 5, `the card pays coins: ${coins}`);
    if (voice === 'server') {
      assert.ok(audio.length > 0, 'the card was spoken by the server');
      for (const a of audio) {
        assert.match(a.type, /^audio\/(ogg|webm|mpeg)/, 'compressed audio');
        assert.ok(a.bytes <= 8 * 1024 * 4, `a phrase is small: ${a.bytes} bytes`);
      }
      for (const w of audio.filter((a) => !a.text.includes(' '))) {
        assert.ok(w.bytes <= 8 * 1024, `"${w.text}" is at most 8 KB: ${w.bytes}`);
      }
    }

    // Continue is offered now, and the coins buy a friend.
    await page.goto('/dashboard');
    assert.equal(await page.locator('[data-tile="harf-continue"]').count(), 1, 'continue where I stopped');
    await Promise.all([page.waitForNavigation(), page.locator('[data-tile="coins"] > a').click()]);
    assert.equal(pathOf(page), '/coins/shop');
    await shot(page, `child-first-${voice}-4-shop-phone`);
    await submit(form(page, '/coins/shop/avatar-cat/buy'));
    assert.equal((await page.locator('header .avatar').first().textContent()).trim(), '🐱', 'the new avatar is mine');
    const balance = Number((await page.locator('[data-coin-balance]').first().textContent()).trim());
    assert.equal(balance, coins - 5, 'the avatar cost 5 coins');

    // The assigned test, from the tile on top.
    await page.goto('/dashboard');
    await Promise.all([page.waitForNavigation(), urgent.locator('a').click()]);
    await submit(form(page, `/exams/assignments/${setup.assignmentId}/start`));
    assert.match(pathOf(page), /^\/exams\/attempts\/\d+$/);
    await shot(page, `child-first-${voice}-5-test-phone`);
    const sections = page.locator('section.q');
    for (let i = 0; i < setup.questions.length; i++) {
      const dot = page.locator(`[data-qnav] [data-go="${i}"]`);
      if (await dot.isVisible()) await dot.click();
      const section = sections.nth(i);
      await section.waitFor({ state: 'visible' });
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/answers/'));
      await section.locator('label.choice', { hasText: setup.questions[i].right }).first().click();
      assert.ok((await saved).ok(), `answer ${i + 1} saved`);
    }
    await page.waitForFunction(() => !document.querySelector('[data-save-state][data-state="saving"]'));
    await Promise.all([page.waitForURL('**/result'), page.locator('button[data-submit]').click()]);
    await page.locator('.result-hero').waitFor();
    await shot(page, `child-first-${voice}-6-result-phone`);
    await page.goto('/coins');
    const after = Number((await page.locator('[data-coin-balance]').first().textContent()).trim());
    assert.ok(after > balance, `a full score pays coins: ${balance} → ${after}`);
    page.checkErrors();
    await page.context().close();
  } finally {
    await server.stop();
  }
}

test("a child's first ten minutes with no voice anywhere: no answer is ever shown as text", async () => {
  await firstTenMinutes('none');
});

test("a child's first ten minutes with the offline voice: compressed audio of at most 8 KB a word", async (t) => {
  const { spawnSync } = await import('node:child_process');
  if (spawnSync('espeak-ng', ['--version']).status !== 0) {
    t.skip('espeak-ng is not installed (.ci/run installs it)');
    return;
  }
  await firstTenMinutes('server');
});
