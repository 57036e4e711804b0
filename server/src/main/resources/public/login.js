'use strict';
document.addEventListener('DOMContentLoaded', async () => {
  if (App.token() && App.user()) { go(App.user()); return; }
  document.getElementById('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    App.message('');
    const btn = document.getElementById('login-btn');
    btn.disabled = true;
    try {
      const r = await App.api('POST', '/api/login', {
        username: document.getElementById('username').value.trim(),
        password: document.getElementById('password').value });
      sessionStorage.setItem('token', r.token);
      sessionStorage.setItem('user', JSON.stringify(r.user));
      go(r.user);
    } catch (e) {
      App.message(e.message);
    } finally {
      btn.disabled = false;
    }
  });
  try {
    const list = document.getElementById('blank-list');
    for (const t of await App.api('GET', '/api/templates'))
      list.append(App.el('li', {}, App.el('a', { href: '/api/templates/' + encodeURIComponent(t.id) + '/blank', download: t.name + '.xlsx' }, t.name),
        App.el('span', { class: 'muted' }, ' ' + t.version)));
  } catch (e) { /* the list is a convenience */ }
});

/** County clerks go to filing; reviewers and admins to the status board. */
function go(user) {
  location.replace(user.role === 'county' ? 'file.html' : 'review.html');
}
