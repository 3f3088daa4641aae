// Round generators: the answer is offered exactly once, options are distinct and of the right
// size — for every built-in card, for tiny alphabets and for letters met inside words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { seeded } from './rng.js';
import { findRounds, firstSoundRounds, letterLabel, listenChooseRounds, startsWith } from './rounds.js';

/** The built-in alphabets, shaped like the page's data block. */
function pages() {
  const dir = ['../../../crates/alphabets/content/', '../../../crates/harf/content/']
    .map((d) => new URL(d, import.meta.url))
    .find((u) => existsSync(new URL('uz.json', u)));
  assert.ok(dir, 'the alphabet content is found');
  return ['uz', 'ru', 'en'].flatMap((code) => {
    const a = JSON.parse(readFileSync(new URL(`${code}.json`, dir), 'utf8'));
    const letters = a.cards.map(({ id, upper, lower, sound }) => ({ id, upper, lower, sound }));
    return a.cards.map((card) => ({
      card,
      letters,
      other_words: a.cards
        .filter((c) => c.id !== card.id && c.position === 'start')
        .flatMap((c) => c.words.map((w) => ({ card: c.id, text: w.text, emoji: w.emoji }))),
    }));
  });
}

function tiny(n) {
  const names = ['a', 'b', 'c', 'd'];
  const letters = names.slice(0, n).map((x) => ({ id: `t-${x}`, upper: x.toUpperCase(), lower: x, sound: x }));
  const card = { ...letters[0], name: 'a', emoji: '🍎', position: 'start', words: [{ text: 'Apple', emoji: '🍎' }], siblings: [] };
  const other_words = letters.slice(1).map((l) => ({ card: l.id, text: `${l.upper}all`, emoji: `${l.lower}🎈` }));
  return { card, letters, other_words };
}

function checkRound(r, size, what) {
  const ids = r.options.map((o) => o.id);
  assert.equal(ids.filter((id) => id === r.answer).length, 1, `${what}: answer once`);
  assert.equal(new Set(ids).size, ids.length, `${what}: distinct ids`);
  assert.equal(new Set(r.options.map((o) => o.text)).size, ids.length, `${what}: distinct labels`);
  assert.ok(ids.length <= size, `${what}: at most ${size}`);
}

test('find: five rounds of six tiles with both cases, for every built-in card', () => {
  for (const p of pages()) {
    const rounds = findRounds(p.card, p.letters, seeded(7));
    assert.equal(rounds.length, 5);
    for (const r of rounds) {
      checkRound(r, 6, p.card.id);
      assert.equal(r.options.length, 6);
      assert.equal(r.options.find((o) => o.id === r.answer).text, p.card[r.case]);
    }
    assert.deepEqual(new Set(rounds.map((r) => r.case)), new Set(['upper', 'lower']));
  }
});

test('first sound: four rounds whose answer letter really starts the word', () => {
  for (const p of pages().filter((x) => x.card.position === 'start')) {
    for (const seed of [1, 2, 3]) {
      const rounds = firstSoundRounds(p.card, p.letters, p.other_words, seeded(seed));
      assert.equal(rounds.length, 4);
      assert.ok(rounds.filter((r) => r.answer === p.card.id).length >= 2, 'half are the card’s words');
      for (const r of rounds) {
        checkRound(r, 4, `${p.card.id} ${r.word.text}`);
        assert.ok(r.options.length >= 3);
        assert.ok(r.options.some((o) => o.id === p.card.id), 'the card’s letter is offered');
        for (const o of r.options) {
          const l = p.letters.find((x) => x.id === o.id);
          assert.equal(startsWith(r.word.text, l), o.id === r.answer, `${r.word.text} / ${l.upper}`);
        }
      }
    }
  }
});

test('first sound for letters inside words: exactly one picture has the letter', () => {
  const inside = pages().filter((x) => x.card.position === 'inside');
  assert.ok(inside.length >= 5, 'ng, ʼ, ъ, ы, ь');
  for (const p of inside) {
    const rounds = firstSoundRounds(p.card, p.letters, p.other_words, seeded(11));
    assert.equal(rounds.length, 4);
    for (const r of rounds) {
      assert.equal(r.kind, 'picture');
      checkRound(r, 3, p.card.id);
      assert.equal(r.options.length, 3);
      assert.equal(new Set(r.options.map((o) => o.emoji)).size, 3);
      const has = r.options.filter((o) => o.text.toLowerCase().includes(p.card.lower.toLowerCase()));
      assert.deepEqual(has.map((o) => o.id), [r.answer], p.card.id);
    }
  }
});

test('listen and choose: four tiles with distinct sounds, the card’s letter in most rounds', () => {
  for (const p of pages()) {
    const rounds = listenChooseRounds(p.card, p.letters, seeded(5));
    assert.equal(rounds.length, 5);
    assert.equal(rounds.filter((r) => r.answer === p.card.id).length, 3);
    for (const r of rounds) {
      checkRound(r, 4, p.card.id);
      assert.equal(r.options.length, 4);
      assert.ok(r.options.some((o) => o.id === p.card.id));
      const sounds = r.options.map((o) => p.letters.find((l) => l.id === o.id).sound);
      assert.equal(new Set(sounds).size, 4, `${p.card.id}: sounds differ`);
      assert.equal(p.letters.find((l) => l.id === r.answer).sound, r.say);
    }
  }
});

test('tiny alphabets give fewer options but still valid rounds', () => {
  for (const n of [1, 2, 3]) {
    const p = tiny(n);
    for (const r of findRounds(p.card, p.letters, seeded(n))) {
      checkRound(r, 6, `find ${n}`);
      assert.equal(r.options.length, n);
    }
    for (const r of firstSoundRounds(p.card, p.letters, p.other_words, seeded(n))) {
      checkRound(r, 4, `first ${n}`);
      assert.equal(r.options.length, n);
    }
    const lc = listenChooseRounds(p.card, p.letters, seeded(n));
    assert.equal(lc.length, 5);
    for (const r of lc) checkRound(r, 4, `listen ${n}`);
  }
});

test('the same seed gives the same rounds', () => {
  const p = pages()[3];
  assert.deepEqual(findRounds(p.card, p.letters, seeded(42)), findRounds(p.card, p.letters, seeded(42)));
  assert.deepEqual(listenChooseRounds(p.card, p.letters, seeded(9)), listenChooseRounds(p.card, p.letters, seeded(9)));
});

test('letters with one form are shown once', () => {
  assert.equal(letterLabel({ upper: 'ʼ', lower: 'ʼ' }), 'ʼ');
  assert.equal(letterLabel({ upper: 'Sh', lower: 'sh' }), 'Sh sh');
});
