'use strict';
/* Shared helpers: the session token (kept in sessionStorage, never in URLs), API calls, downloads, DOM building. */
const App = {
  token() { return sessionStorage.getItem('token'); },
  user() { try { return JSON.parse(sessionStorage.getItem('user')); } catch (e) { return null; } },

  /** Redirects to the login page unless signed in; fills the header. */
  requireLogin() {
    if (!App.token()) { location.replace('index.html'); return null; }
    const u = App.user();
    const who = document.getElementById('who');
    if (who && u) who.textContent = u.unitName + ' · ' + u.username + '（' + u.roleName + '）';
    const out = document.getElementById('logout');
    if (out) out.addEventListener('click', App.logout);
    return u;
  },

  async logout() {
    try { await App.api('POST', '/api/logout'); } catch (e) { /* already gone */ }
    sessionStorage.clear();
    location.replace('index.html');
  },

  /** JSON API call; throws Error with the server's Chinese message. */
  async api(method, path, body) {
    const opts = { method, headers: {} };
    if (App.token()) opts.headers.Authorization = 'Bearer ' + App.token();
    if (body !== undefined) { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
    const r = await fetch(path, opts);
    if (r.status === 401 && path !== '/api/login') { sessionStorage.clear(); location.replace('index.html'); throw new Error('请重新登录'); }
    if (r.status === 204) return null;
    const data = await r.json().catch(() => null);
    if (!r.ok) throw new Error(data && data.error ? data.error + '：' + (data.detail || '') : '请求失败（' + r.status + '）');
    return data;
  },

  /** Downloads a protected file: fetch with the token, then save the blob under the server's file name. */
  async download(path, fallback) {
    const r = await fetch(path, { headers: { Authorization: 'Bearer ' + App.token() } });
    if (!r.ok) { const d = await r.json().catch(() => null); throw new Error(d ? d.error + '：' + d.detail : '下载失败'); }
    const blob = await r.blob();
    let name = fallback;
    const cd = r.headers.get('Content-Disposition') || '';
    const m = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    if (m) name = decodeURIComponent(m[1]);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
  },

  /** el('td', {class: 'num'}, 'text', childNode…): builds DOM without innerHTML, so file contents cannot inject markup. */
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  },

  state(label) { return App.el('span', { class: 'state state-' + label }, label); },

  message(text, ok) {
    const m = document.getElementById('message');
    if (!m) return;
    m.textContent = text || '';
    m.classList.toggle('ok', !!ok);
  },

  num(v) { return v === null || v === undefined ? '' : String(v); },
  time(t) { return t ? new Date(t).toLocaleString('zh-CN', { hour12: false }) : ''; },

  severity: { ERROR: '错误', WARNING: '提示', INFO: '信息' },
  noteKind: { RETURN: '退回意见', EXPLAIN: '填报说明', ACCEPT: '通过意见', UNLOCK: '解锁' },

  /** Years a clerk picks from: last year (the usual one) first. */
  fillYears(select) {
    const last = new Date().getFullYear() - 1;
    for (let y = last + 1; y >= last - 5; y--) select.append(App.el('option', { value: y, selected: y === last }, y + ' 年度'));
  },

  /** The findings of a report as table rows. */
  findingRows(tbody, findings) {
    tbody.replaceChildren();
    if (!findings.length) { tbody.append(App.el('tr', {}, App.el('td', { colspan: 7 }, '未发现问题'))); return; }
    for (const f of findings) {
      tbody.append(App.el('tr', { class: 'sev-' + f.severity },
        App.el('td', {}, App.severity[f.severity] || f.severity), App.el('td', {}, f.sheet || ''), App.el('td', {}, f.cell || ''),
        App.el('td', {}, f.message), App.el('td', { class: 'num' }, App.num(f.expected)), App.el('td', { class: 'num' }, App.num(f.actual)),
        App.el('td', { class: 'muted' }, f.rule)));
    }
  },

  notesList(ul, notes) {
    ul.replaceChildren();
    for (const n of notes || []) ul.append(App.el('li', {}, App.el('b', {}, (App.noteKind[n.kind] || n.kind) + '：'), n.text,
      App.el('span', { class: 'muted' }, '（' + (n.username || '') + '，' + App.time(n.at) + '）')));
  }
};
