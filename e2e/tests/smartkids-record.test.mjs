// Journey: SmartKids, reading aloud. A child on a phone opens "Sholgʻom", taps 🎤 under the
// first paragraph, reads it (the microphone is a test tone; a stand-in for Azure Speech says
// what the child "read", one word skipped), taps ⏹ and sees the score with the skipped word
// underlined; a recording that cannot be sent gets a friendly line, not a crash; the quiz's
// result shows the words read right. Without recognition the page shows no microphone.

import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { PHONE, launchBrowser, login, openPage, shot } from '../helpers/browser.mjs';
import { api } from '../helpers/api.mjs';
import { startServer } from '../helpers/server.mjs';

const PASSWORD = 'qizil olma 7';
/** What the stand-in recogniser hears, and the languages it was asked for. */
const heard = { text: '', langs: [] };

/** Azure Speech's recognition endpoint, answering `heard.text`; everything else is 404. */
function fakeAzure() {
  const srv = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      if (req.method === 'POST' && url.pathname.startsWith('/speech/recognition/')) {
        heard.langs.push(url.searchParams.get('language'));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ RecognitionStatus: 'Success', DisplayText: heard.text, Offset: 0, Duration: 1 }));
      } else {
        res.writeHead(404).end();
      }
    });
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

/** A microphone that hears a steady tone, so recording works without a device. */
const FAKE_MIC = () => {
  navigator.mediaDevices.getUserMedia = async () => {
    const ac = new AudioContext();
    const tone = ac.createOscillator();
    const out = ac.createMediaStreamDestination();
    tone.connect(out);
    tone.start();
    return out.stream;
  };
};

let azure;
let server;
let browser;
before(async () => {
  azure = await fakeAzure();
  server = await startServer({
    admin: 'none',
    env: {
      AZURE_SPEECH_KEY: 'e2e-key',
      AZURE_SPEECH_REGION: 'westeurope',
      AZURE_SPEECH_ENDPOINT: `http://127.0.0.1:${azure.address().port}`,
      ALIF24_ESPEAK: 'off',
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  azure?.close();
});

async function turnipId() {
  const shelf = await (await fetch(`${server.url}/api/v1/smartkids/library?language=uz`)).json();
  return shelf.stories.find((s) => s.title === 'Sholgʻom').id;
}

test('a child reads a paragraph aloud and sees the word they skipped', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Dilnoza Karimova', 'dilnoza@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Jasur', birth_year: new Date().getFullYear() - 7, avatar: '🐯', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE });
  await page.addInitScript(FAKE_MIC);
  await login(page, made.child.id, PASSWORD);
  const started = page.waitForResponse((r) => /\/readings$/.test(r.url()));
  await page.goto(`/smartkids/stories/${await turnipId()}`);
  assert.equal((await started).status(), 201);

  const first = page.locator('[data-para="0"]');
  const mic = first.locator('[data-mic]');
  await mic.waitFor();
  const box = await mic.boundingBox();
  assert.ok(box.width >= 56 && box.height >= 56, `a big button: ${box.width}×${box.height}`);
  await shot(page, 'smartkids-record-ready-uz-360');
  await mic.click();
  await first.locator('[data-mic].recording').waitFor();
  assert.equal(await mic.getAttribute('aria-pressed'), 'true');
  await page.waitForTimeout(1200);
  await shot(page, 'smartkids-record-recording-uz-360');

  // "sholgʻom" (the third word) is skipped.
  heard.text = "Bobojon bog'ga ekdi. Sholg'om o'sdi, o'sdi. Juda katta bo'lib o'sdi.";
  const sent = page.waitForResponse((r) => /\/recordings\?paragraph=0$/.test(r.url()));
  await mic.click();
  const res = await sent;
  assert.equal(res.status(), 200, await res.text());
  const result = await res.json();
  assert.deepEqual(result.missed, ['sholgʻom']);
  assert.deepEqual(heard.langs, ['uz-UZ']);
  const out = first.locator('[data-rec-out]');
  await out.filter({ hasText: '91%' }).waitFor();
  assert.match(await out.textContent(), /sholgʻom/);
  assert.equal(await first.locator('.w.missed').count(), 1);
  assert.equal(await first.locator('.w.missed').textContent(), 'sholgʻom');
  await shot(page, 'smartkids-record-result-uz-360');

  // The network drops while the second paragraph is sent: a friendly line, no error.
  await page.route('**/recordings?paragraph=1', (r) => r.abort());
  const second = page.locator('[data-para="1"]');
  await second.locator('[data-mic]').click();
  await second.locator('[data-mic].recording').waitFor();
  await page.waitForTimeout(500);
  await second.locator('[data-mic]').click();
  await second.locator('[data-rec-out]', { hasText: '🙈' }).waitFor();
  assert.equal(await second.locator('[data-mic]').isDisabled(), false, 'the child may try again');

  // Any answers will do: the quiz is not what this journey is about.
  for (const item of await page.locator('[data-q]').all()) {
    if (await item.locator('.sk-option').count()) await item.locator('.sk-option').first().click();
    else await item.locator('[data-typed]').fill('sholgʻom');
  }
  // The open question is answered by voice: the words heard fill the box.
  const talk = page.locator('[data-talk="0"]');
  heard.text = 'Men buvimga yordam beraman';
  await talk.locator('[data-dictate]').click();
  await talk.locator('[data-dictate].on').waitFor();
  await page.waitForTimeout(600);
  await talk.locator('[data-dictate]').click();
  await page.waitForFunction(() => document.querySelector('[data-talk="0"] [data-talk-text]').value !== '');
  assert.equal(await talk.locator('[data-talk-text]').inputValue(), 'Men buvimga yordam beraman');
  const finished = page.waitForResponse((r) => /\/finish$/.test(r.url()));
  await page.locator('[data-check]').click();
  const done = await (await finished).json();
  assert.equal(done.talk[0].good, true, 'the spoken answer holds a key word');
  assert.equal(done.accuracy, 91);
  await page.locator('[data-result]', { hasText: '91%' }).waitFor();
  await shot(page, 'smartkids-record-finished-uz-360');
  page.checkErrors();
});

test('without speech recognition the story has no microphone', async () => {
  const a = api(server);
  const parent = await a.register('parent', 'Olim Toshev', 'olim@e2e.test', 'parent pass 1');
  const made = await a.post('/api/v1/family/children', parent.token,
    { name: 'Nilufar', birth_year: new Date().getFullYear() - 8, avatar: '🦊', password: PASSWORD }, 201);
  const page = await openPage(browser, server, { viewport: PHONE, locale: 'ru-RU' });
  await page.route('**/api/v1/speech/status', (r) => r.fulfill({
    json: { tts: { 'uz-UZ': 'browser', 'ru-RU': 'browser', 'en-US': 'browser' }, stt: false, labels: {} },
  }));
  await login(page, made.child.id, PASSWORD);
  await page.goto(`/smartkids/stories/${await turnipId()}`);
  await page.locator('h1').waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('[data-rec]:visible').count(), 0);
  assert.equal(await page.locator('[data-rec-hint]:visible').count(), 0);
  assert.equal(await page.locator('[data-dictate]:visible').count(), 0);
  page.checkErrors();
});
