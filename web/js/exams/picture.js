// A picture for a new question: the file is sent as it is to /api/v1/exams/images (the server
// checks its type and size) and the form carries the returned id. Without scripts the form
// simply has no picture field.

const box = document.querySelector('[data-picture]');

function setUp() {
  if (!box) return;
  const file = box.querySelector('[data-picture-file]');
  const id = box.querySelector('[data-picture-id]');
  const preview = box.querySelector('[data-picture-preview]');
  const error = box.querySelector('[data-picture-error]');
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || '';
  box.hidden = false;
  file.addEventListener('change', async () => {
    error.hidden = true;
    id.value = '';
    preview.hidden = true;
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const res = await fetch('/api/v1/exams/images', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': chosen.type || 'application/octet-stream', 'X-CSRF-Token': csrf },
        body: chosen,
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.fields?.image || body?.error?.message || res.statusText);
      id.value = String(body.id);
      preview.src = body.url;
      preview.hidden = false;
    } catch (e) {
      error.textContent = String(e.message || e);
      error.hidden = false;
      file.value = '';
    }
  });
}

setUp();
