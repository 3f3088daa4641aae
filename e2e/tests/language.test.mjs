// Journey: the language switcher in the header changes the whole page, and the choice stays.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, form, launchBrowser, openPage, shot, submit } from '../helpers/browser.mjs';
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

async function expectLanguage(page, lang, titleKey) {
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
  assert.equal((await page.locator('main h1').first().innerText()).trim(), t(lang, titleKey));
  const pressed = form(page, '/language').locator('button[aria-pressed="true"]');
  assert.equal(await pressed.getAttribute('value'), lang, 'the switcher marks the current language');
}

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`on a ${label} the home page is in Uzbek, and uz/ru/en buttons switch the language for good`, async () => {
    // A browser asking for a language Alif24 does not offer gets the default, Uzbek.
    const page = await openPage(browser, server, { viewport, locale: 'de-DE' });
    await page.goto('/');
    await expectLanguage(page, 'uz', 'home-title');
    await shot(page, `language-1-uz-${label}`);

    await submit(form(page, '/language'), { button: ['lang', 'ru'] });
    assert.equal(new URL(page.url()).pathname, '/', 'the switcher brings you back to the same page');
    await expectLanguage(page, 'ru', 'home-title');
    await shot(page, `language-2-ru-${label}`);

    await submit(form(page, '/language'), { button: ['lang', 'en'] });
    await expectLanguage(page, 'en', 'home-title');
    await page.reload();
    await expectLanguage(page, 'en', 'home-title');
    await page.goto('/login');
    await expectLanguage(page, 'en', 'login-title');
    await shot(page, `language-3-en-login-${label}`);

    await submit(form(page, '/language'), { button: ['lang', 'uz'] });
    assert.equal(new URL(page.url()).pathname, '/login');
    await expectLanguage(page, 'uz', 'login-title');
    page.checkErrors();
    await page.context().close();
  });
}

test('a browser that asks for Russian gets Russian pages straight away', async () => {
  const page = await openPage(browser, server, { locale: 'ru-RU' });
  await page.goto('/register');
  await expectLanguage(page, 'ru', 'register-title');
  await shot(page, 'language-4-ru-register-phone');
  await page.context().close();
});
