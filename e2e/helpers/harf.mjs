// Steps on a Harf letter card shared by the journeys that learn one.

import assert from 'node:assert/strict';

/** The label a letter tile shows (as rounds.js letterLabel). */
export const letterLabel = (l) => (l.upper === l.lower ? l.upper : `${l.upper} ${l.lower}`);

/** Draws an "A" over the tracing canvas: two legs from the apex, then the crossbar. */
export async function drawA(page) {
  const canvas = page.locator('[data-canvas]');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const at = (x, y) => [box.x + x * box.width, box.y + y * box.height];
  const strokes = [[[0.5, 0.15], [0.17, 0.86], 24], [[0.5, 0.15], [0.83, 0.86], 24], [[0.3, 0.64], [0.7, 0.64], 16]];
  for (const [from, to, steps] of strokes) {
    await page.mouse.move(...at(...from));
    await page.mouse.down();
    await page.mouse.move(...at(...to), { steps });
    await page.mouse.up();
  }
}

/**
 * A promise of the server's JSON answer to the POST recording (or skipping: `listen/skip`) an
 * activity of `card`; fails unless it is 200.
 */
export function activityPosted(page, card, suffix) {
  return page.waitForResponse((r) => r.request().method() === 'POST'
    && new URL(r.url()).pathname === `/api/v1/harf/cards/${card}/activities/${suffix}`, { timeout: 60_000 })
    .then(async (r) => {
      assert.equal(r.status(), 200, `${suffix}: ${await r.text()}`);
      return r.json();
    });
}
