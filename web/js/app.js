// Small enhancements for every page; every page works without them.

/** Copy-to-clipboard for elements marked `data-copy` (IDs, join codes). */
function enableCopy(root) {
  for (const el of root.querySelectorAll('[data-copy]')) {
    el.setAttribute('role', 'button');
    el.setAttribute('tabindex', '0');
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(el.textContent.trim());
        el.classList.add('copied');
        setTimeout(() => el.classList.remove('copied'), 1200);
      } catch {
        /* clipboard unavailable (http, old browser): the text stays selectable */
      }
    };
    el.addEventListener('click', copy);
    el.addEventListener('keydown', (e) => { if (e.key === 'Enter') copy(); });
  }
}

/** On the sign-up form, show organisation-only fields only for organisations. */
function toggleOrgFields(root) {
  const form = root.querySelector('form[action="/register"]');
  if (!form) return;
  const sync = () => {
    const role = form.querySelector('input[name="role"]:checked');
    const isOrg = role && role.value === 'organization';
    for (const el of form.querySelectorAll('.org-only')) el.hidden = !isOrg;
  };
  form.addEventListener('change', sync);
  sync();
}

/** Buttons with `data-confirm` ask before submitting their form. */
function confirmations(root) {
  for (const el of root.querySelectorAll('[data-confirm]')) {
    el.addEventListener('click', (e) => {
      if (!window.confirm(el.dataset.confirm)) e.preventDefault();
    });
  }
}

/** A one-off notice (`?notice=…`) is shown once: drop it from the address so a reload does not repeat it. */
function forgetNotice() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('notice')) return;
  url.searchParams.delete('notice');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/** Speaker buttons (`data-say`): their script is loaded only on pages that have some. */
function speakerButtons(root) {
  if (!root.querySelector('[data-say]')) return;
  import('./speech/say-button.js')
    .then((m) => m.enableSayButtons(root))
    .catch(() => { /* the page still works; it just cannot read aloud */ });
}

forgetNotice();
speakerButtons(document);
enableCopy(document);
toggleOrgFields(document);
confirmations(document);
