// Login page helpers: show or hide the password (the field stays a plain password field
// without JavaScript), and the login card's print button.

for (const button of document.querySelectorAll('[data-show-password]')) {
  const field = document.getElementById(button.dataset.showPassword);
  if (!field) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const show = field.type === 'password';
    field.type = show ? 'text' : 'password';
    button.setAttribute('aria-pressed', String(show));
    field.focus();
  });
}

for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
