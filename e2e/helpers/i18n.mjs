// Reads the platform's own Fluent files, so tests about language compare with the real
// translations instead of copies of them.

import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server.mjs';

const cache = new Map();

/** Every simple `key = value` message of one language (multi-line values joined by spaces). */
function catalog(lang) {
  if (cache.has(lang)) return cache.get(lang);
  const dir = path.join(repoRoot, 'locales', lang);
  const messages = new Map();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    let key = null;
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const m = /^([a-z][a-zA-Z0-9_-]*)\s*=\s*(.*)$/.exec(line);
      if (m) {
        key = m[1];
        messages.set(key, m[2].trim());
      } else if (key && /^\s+\S/.test(line) && !/^\s*[.*[]/.test(line)) {
        messages.set(key, `${messages.get(key)} ${line.trim()}`.trim());
      } else {
        key = null;
      }
    }
  }
  cache.set(lang, messages);
  return messages;
}

/** The text of `key` in `lang`; throws when the key is missing. */
export function t(lang, key) {
  const value = catalog(lang).get(key);
  if (value === undefined) throw new Error(`no message ${key} in locales/${lang}`);
  return value;
}
