// After an activity: the stars the server gave with praise, coins flying to the header's
// balance, and a celebration when the card becomes learned.

import { praise } from './msgs.js';

/** "★★☆" for 0–3 stars. */
export function starText(n) {
  return '★'.repeat(n) + '☆'.repeat(Math.max(0, 3 - n));
}

/** Fills the result box for a recorded play (`rec` is the server's answer). */
export function showResult(box, rec, t) {
  const stars = box.querySelector('[data-result-stars]');
  stars.classList.toggle('skipped', Boolean(rec.skipped));
  stars.textContent = rec.skipped ? '⏭️' : starText(rec.stars);
  stars.setAttribute('aria-label', rec.skipped ? t('skipped') : t('stars', { stars: rec.stars }));
  stars.classList.remove('pop');
  void stars.offsetWidth; // restart the animation
  stars.classList.add('pop');
  box.querySelector('[data-praise]').textContent = rec.skipped ? '' : praise(t, rec.stars);
  const coins = box.querySelector('[data-coins]');
  coins.hidden = !(rec.coins > 0);
  if (rec.coins > 0) coins.textContent = `🪙 ${t('coins', { coins: rec.coins })}`;
  box.hidden = false;
}

/** Adds `coins` to the header's balance, with a coin flying from `from` to it. */
export function addCoins(coins, from) {
  if (!(coins > 0)) return;
  const balance = document.querySelector('[data-coin-balance]');
  if (!balance) return;
  const fly = document.createElement('span');
  fly.className = 'hc-fly';
  fly.textContent = `🪙 +${coins}`;
  fly.setAttribute('aria-hidden', 'true');
  (from || document.body).append(fly);
  const start = fly.getBoundingClientRect();
  const end = balance.getBoundingClientRect();
  const anim = fly.animate?.([
    { transform: 'translate(0, 0) scale(1)', opacity: 1 },
    { transform: `translate(${end.left - start.left}px, ${end.top - start.top}px) scale(.6)`, opacity: 0.2 },
  ], { duration: 900, easing: 'ease-in' });
  const land = () => {
    fly.remove();
    const now = parseInt(balance.textContent.replace(/\D/g, ''), 10) || 0;
    balance.textContent = String(now + coins);
    const link = balance.closest('.coins') || balance;
    link.classList.add('hc-bump');
    setTimeout(() => link.classList.remove('hc-bump'), 700);
  };
  if (anim) anim.addEventListener('finish', land);
  else land();
}

/**
 * Fills the "letter learned" celebration and returns the control to focus when it opens;
 * `nextUrl` may be null at the end of an alphabet. The caller opens it as a modal dialog.
 */
export function celebrate(party, rec, nextUrl, t) {
  const next = party.querySelector('[data-party-next]');
  const url = nextUrl;
  next.hidden = !url;
  if (url) next.href = url;
  party.querySelector('[data-party-done]').hidden = !rec.alphabet_done;
  const coins = party.querySelector('[data-party-coins]');
  coins.hidden = !(rec.coins > 0);
  if (rec.coins > 0) coins.textContent = `🪙 ${t('coins', { coins: rec.coins })}`;
  return url ? next : party.querySelector('[data-party-close]');
}
