// Debian's Chromium driven by playwright-core, plus small page helpers that find things by
// form action, input name, data- attributes and roles (never by translated text).

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './server.mjs';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENS = path.join(repoRoot, 'e2e', 'screens');

/** A headless Chromium; playwright gives it a fresh temporary profile, removed on close. */
export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: apt-get install chromium fonts-noto-color-emoji`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A page in its own context (own cookies) with a phone or desktop viewport; the browser
 * asks for `locale` (Uzbek by default, as most of our families' phones would). Confirmation
 * dialogs (`data-confirm`) are accepted, and page errors fail the test at `page.checkErrors()`.
 */
export async function openPage(browser, server, { viewport = PHONE, locale = 'uz-UZ' } = {}) {
  const phone = viewport.width < 600;
  const context = await browser.newContext({
    baseURL: server.url,
    viewport,
    locale,
    isMobile: phone,
    hasTouch: phone,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => d.accept());
  page.checkErrors = () => {
    if (errors.length) throw new Error(`errors in the page's scripts: ${errors.join('; ')}`);
  };
  return page;
}

/**
 * Full-page screenshot into e2e/screens/<name>.png; then fails if the page is wider than the
 * screen (sideways scrolling on a phone), naming the widest elements.
 */
export async function shot(page, name) {
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
  const width = page.viewportSize().width;
  const overflow = await page.evaluate((w) => {
    if (document.documentElement.scrollWidth <= w) return null;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > w + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  }, width);
  if (overflow) {
    throw new Error(
      `${name}: page is ${overflow.scrollWidth}px wide on a ${width}px screen; ` +
        `too wide: ${overflow.wide.join(', ')}`,
    );
  }
}

/** The form posting to `action` (exact attribute value). */
export function form(page, action) {
  return page.locator(`form[action="${action}"]`);
}

/** Fills named fields of a form: text inputs, selects, and radios (by value). */
export async function fill(formLocator, fields) {
  for (const [name, value] of Object.entries(fields)) {
    const field = formLocator.locator(`[name="${name}"]`);
    const first = field.first();
    const tag = await first.evaluate((el) => el.tagName.toLowerCase());
    const type = await first.getAttribute('type');
    if (type === 'radio' || type === 'checkbox') {
      await formLocator.locator(`input[name="${name}"][value="${value}"]`).check();
    } else if (tag === 'select') {
      await first.selectOption(String(value));
    } else {
      await first.fill(String(value));
    }
  }
}

/**
 * Submits a form by clicking its submit button (optionally the one with `name=value`) and
 * waits for the page that answers it, following redirects. Returns the final response.
 */
export async function submit(formLocator, { button } = {}) {
  const page = formLocator.page();
  const selector = button
    ? `button[type="submit"][name="${button[0]}"][value="${button[1]}"]`
    : 'button[type="submit"], input[type="submit"]';
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    formLocator.locator(selector).first().click(),
  ]);
  return response;
}

/** Path part of the page's URL. */
export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Whether someone is logged in: the header has the logout form. */
export async function loggedIn(page) {
  return (await form(page, '/logout').count()) > 0;
}

/** Logs out with the header's button (a child is asked first: answer "yes"). */
export async function logout(page) {
  await submit(form(page, '/logout'));
  if (pathOf(page) === '/logout/confirm') await submit(form(page, '/logout/confirm'));
}

/** Logs in at /login and waits for the page after it. */
export async function login(page, loginId, password) {
  await page.goto('/login');
  const f = form(page, '/login');
  await fill(f, { login: loginId, password });
  return submit(f);
}

/** Follows the header's menu link to `href` when the menu has one, else opens the address. */
export async function go(page, href) {
  const link = page.locator(`header nav a[href="${href}"]`);
  if ((await link.count()) > 0) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.first().click()]);
  } else {
    await page.goto(href);
  }
  return pathOf(page);
}
