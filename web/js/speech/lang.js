// The language a speaker button speaks and the texts it says, read from the page's markup.

/** Speech language tags by interface language. */
const TAGS = { uz: 'uz-UZ', ru: 'ru-RU', en: 'en-US' };

/** `uz`, `uz-UZ`, `UZ-uz` → `uz-UZ`; an unknown language → null. */
export function langTag(code) {
  if (!code) return null;
  const short = String(code).trim().toLowerCase().split(/[-_]/)[0];
  return TAGS[short] || null;
}

/**
 * The texts of a `data-say` value: a plain text is one phrase; a JSON list (`["Savol", "A"]`)
 * is several, said in turn. Empty phrases are dropped.
 */
export function sayTexts(value) {
  const text = String(value ?? '').trim();
  if (text.startsWith('[')) {
    try {
      const list = JSON.parse(text);
      if (Array.isArray(list)) return list.map((t) => String(t).trim()).filter(Boolean);
    } catch {
      /* not JSON after all: a phrase that starts with a bracket */
    }
  }
  return text ? [text] : [];
}

/**
 * The language an element speaks: its own `data-say-lang`, else the nearest ancestor's, else
 * the page's `<html lang>`, else Uzbek.
 */
export function elementLang(el) {
  const own = el.closest('[data-say-lang]');
  return langTag(own && own.dataset.sayLang)
    || langTag(el.ownerDocument.documentElement.lang)
    || 'uz-UZ';
}
