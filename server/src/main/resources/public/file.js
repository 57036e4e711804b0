'use strict';
/* The filing page: blanks, upload with progress, findings, annotated download, history and 填报说明. */
let current = null;
const templateNames = {};

document.addEventListener('DOMContentLoaded', async () => {
  const user = App.requireLogin();
  if (!user) return;
  if (user.role !== 'county') document.getElementById('to-review').classList.remove('hidden');
  App.fillYears(document.getElementById('year'));
  await Promise.all([loadBlanks(), loadUnits(user)]);
  document.getElementById('unit').addEventListener('change', loadHistory);
  document.getElementById('year').addEventListener('change', loadHistory);
  document.getElementById('upload-form').addEventListener('submit', upload);
  document.getElementById('download-annotated').addEventListener('click', () =>
    App.download('/api/submissions/' + current.id + '/annotated', '审核结果.xlsx').catch(e => App.message(e.message)));
  document.getElementById('download-original').addEventListener('click', () =>
    App.download('/api/submissions/' + current.id + '/original', current.filename).catch(e => App.message(e.message)));
  document.getElementById('explain-btn').addEventListener('click', explain);
  loadHistory();
});

async function loadBlanks() {
  const list = document.getElementById('blank-list');
  for (const t of await App.api('GET', '/api/templates')) {
    templateNames[t.id] = t.name;
    list.append(App.el('li', {}, App.el('a', { href: '/api/templates/' + encodeURIComponent(t.id) + '/blank', download: t.name + '.xlsx' }, t.name),
      App.el('span', { class: 'muted' }, ' 版本 ' + t.version)));
  }
}

/** A county files for itself; users above county level pick a unit of their subtree. */
async function loadUnits(user) {
  const select = document.getElementById('unit');
  const walk = (nodes, depth) => {
    for (const n of nodes) {
      select.append(App.el('option', { value: n.code, selected: n.code === user.unit }, '　'.repeat(depth) + n.name + '（' + n.code + '）'));
      walk(n.children, depth + 1);
    }
  };
  walk(await App.api('GET', '/api/units'), 0);
  select.disabled = select.options.length <= 1;
}

function upload(ev) {
  ev.preventDefault();
  const file = document.getElementById('file-input').files[0];
  if (!file) { App.message('请选择要上传的文件'); return; }
  if (file.size > 200 * 1024 * 1024) { App.message('文件超过 200 MB，无法上传'); return; }
  const form = new FormData();
  form.append('year', document.getElementById('year').value);
  form.append('unit', document.getElementById('unit').value);
  form.append('file', file);
  const bar = document.getElementById('progress');
  const text = document.getElementById('progress-text');
  const btn = document.getElementById('upload-btn');
  bar.classList.remove('hidden');
  bar.value = 0;
  btn.disabled = true;
  App.message('');
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/submissions');
  xhr.setRequestHeader('Authorization', 'Bearer ' + App.token());
  xhr.upload.addEventListener('progress', e => {
    if (e.lengthComputable) { bar.value = Math.round(e.loaded * 100 / e.total); text.textContent = '上传中 ' + bar.value + '%'; }
  });
  xhr.upload.addEventListener('load', () => { bar.value = 100; text.textContent = '已上传，正在审核…'; });
  xhr.addEventListener('load', () => {
    btn.disabled = false;
    let data = null;
    try { data = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
    if (xhr.status === 401) { sessionStorage.clear(); location.replace('index.html'); return; }
    if (xhr.status !== 201) {
      text.textContent = '';
      App.message(data && data.error ? data.error + '：' + data.detail : '上传失败（' + xhr.status + '）');
      return;
    }
    text.textContent = '审核完成';
    App.message('已上传第 ' + data.version + ' 版：错误 ' + count(data, 'ERROR') + ' 个，提示 ' + count(data, 'WARNING') + ' 个', true);
    show(data.id);
    loadHistory();
  });
  xhr.addEventListener('error', () => { btn.disabled = false; App.message('网络错误，上传未完成'); });
  xhr.send(form);
}

function count(report, sev) { return report.findings.filter(f => f.severity === sev).length; }

async function show(id) {
  const s = await App.api('GET', '/api/submissions/' + id);
  current = s;
  document.getElementById('result').classList.remove('hidden');
  const sum = document.getElementById('summary');
  sum.replaceChildren(...[
    App.el('span', {}, (templateNames[s.template] || s.template) + ' · ' + s.year + ' 年度 · 第 ' + s.version + ' 版'),
    App.state(s.stateLabel), s.locked ? App.el('span', {}, '（已锁定）') : null,
    App.el('span', {}, '错误 ' + count(s, 'ERROR') + '，提示 ' + count(s, 'WARNING') + '，信息 ' + count(s, 'INFO')),
    s.score && s.score.verified !== null ? App.el('span', {}, '自评 ' + App.num(s.score.reported) + ' 分，复核 ' + App.num(s.score.verified) + ' 分（' + s.score.grade + '）') : null,
    App.el('span', { class: 'muted' }, s.filename)].filter(Boolean));
  App.findingRows(document.querySelector('#findings tbody'), s.findings);
  App.notesList(document.getElementById('notes'), s.notes);
  const canExplain = count(s, 'WARNING') > 0 && s.status !== 'ACCEPTED';
  document.getElementById('explain-box').classList.toggle('hidden', !canExplain);
  document.getElementById('explanation').value = s.explanation || '';
}

async function explain() {
  try {
    await App.api('POST', '/api/submissions/' + current.id + '/explanation', { text: document.getElementById('explanation').value });
    App.message('填报说明已提交', true);
    show(current.id);
  } catch (e) { App.message(e.message); }
}

async function loadHistory() {
  const unit = document.getElementById('unit').value;
  const year = document.getElementById('year').value;
  const tbody = document.querySelector('#history tbody');
  try {
    const rows = await App.api('GET', '/api/submissions?unit=' + encodeURIComponent(unit) + '&year=' + encodeURIComponent(year));
    tbody.replaceChildren();
    if (!rows.length) tbody.append(App.el('tr', {}, App.el('td', { colspan: 9, class: 'muted' }, '本年度尚未上报')));
    for (const s of rows) {
      const notes = App.el('ul', { class: 'notes' });
      App.notesList(notes, s.notes);
      tbody.append(App.el('tr', {},
        App.el('td', {}, templateNames[s.template] || s.template), App.el('td', { class: 'num' }, s.version),
        App.el('td', {}, App.time(s.createdAt)), App.el('td', {}, App.state(s.stateLabel), s.locked ? ' 已锁定' : ''),
        App.el('td', { class: 'num' }, s.errors), App.el('td', { class: 'num' }, s.warnings), App.el('td', { class: 'num' }, App.num(s.score)),
        App.el('td', {}, notes), App.el('td', {}, App.el('button', { class: 'link', type: 'button', onclick: () => show(s.id) }, '查看'))));
    }
  } catch (e) { App.message(e.message); }
}
