// Teachers' pages with scripts: the "add question" form shows only the chosen type's fields,
// the generator form offers only the chosen generator's topics for the grade, and the import
// form reads a picked file into the text box and points at the line that failed.

/** Shows one fieldset per type and keeps the hidden `type` in step with the picker. */
function questionTypes(root) {
  const pick = root.querySelector('[data-type-pick]');
  const editor = root.querySelector('[data-qedit]');
  if (!pick || !editor) return;
  const select = pick.querySelector('select[name="type"]');
  const hidden = editor.querySelector('input[name="type"]');
  for (const b of pick.querySelectorAll('[data-nojs]')) b.hidden = true;
  select.addEventListener('change', () => {
    hidden.value = select.value;
    for (const fs of editor.querySelectorAll('fieldset.qtype')) {
      const on = fs.dataset.kind === select.value;
      fs.hidden = !on;
      fs.disabled = !on;
    }
  });
}

/** Topics of the chosen generator and grade; the AI's text box only for the AI. */
function generatorForm(root) {
  const form = root.querySelector('[data-generate]');
  if (!form) return;
  const topic = form.querySelector('[data-topic]');
  const grade = form.querySelector('[data-grade]');
  const llm = form.querySelector('[data-llm-only]');
  const sync = () => {
    const gen = form.querySelector('input[name="generator"]:checked');
    const g = gen ? gen.value : '';
    for (const group of topic.querySelectorAll('optgroup')) {
      const mine = group.dataset.generator === g;
      group.hidden = !mine;
      group.disabled = !mine;
      for (const o of group.querySelectorAll('option')) {
        const fits = mine && o.dataset.grades.split(' ').includes(grade.value);
        o.hidden = !fits;
        o.disabled = !fits;
      }
    }
    if (topic.selectedOptions[0] && topic.selectedOptions[0].disabled) topic.value = '';
    if (llm) llm.hidden = g !== 'llm';
  };
  form.addEventListener('change', sync);
  sync();
}

/** Unticked drafts fade, so the teacher sees what will be saved. */
function drafts(root) {
  const form = root.querySelector('[data-drafts]');
  if (!form) return;
  form.addEventListener('change', (e) => {
    if (!e.target.matches('[data-keep]')) return;
    e.target.closest('[data-draft]').classList.toggle('dropped', !e.target.checked);
  });
}

/** A picked file goes into the text box; the failed line is selected; the format's example shows. */
function importForm(root) {
  const form = root.querySelector('[data-import]');
  if (!form) return;
  const text = form.querySelector('[data-import-text]');
  const pick = form.querySelector('[data-file-pick]');
  const file = form.querySelector('[data-file]');
  if (pick && file && window.FileReader) {
    pick.hidden = false;
    file.addEventListener('change', () => {
      const f = file.files && file.files[0];
      if (!f) return;
      const reader = new FileReader();
      reader.onload = () => { text.value = String(reader.result); text.removeAttribute('aria-invalid'); };
      reader.readAsText(f);
    });
  }
  const format = form.querySelector('[data-format]');
  const examples = [...root.querySelectorAll('[data-example]')];
  const showExample = () => {
    for (const ex of examples) ex.classList.toggle('current', ex.dataset.example === format.value);
  };
  format.addEventListener('change', showExample);
  showExample();
  const line = Number(text.dataset.errorLine || 0);
  if (line > 0) {
    const lines = text.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    const end = start + (lines[line - 1] || '').length;
    text.focus();
    text.setSelectionRange(start, end);
    const lineHeight = text.scrollHeight / Math.max(lines.length, 1);
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }
}

questionTypes(document);
generatorForm(document);
drafts(document);
importForm(document);
