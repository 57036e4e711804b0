'use strict';
/* The reviewer's board: every unit × form for a year; open a filing, accept, return with a comment, unlock. */
let current = null;
const actionNames = { LOGIN: '登录', LOGOUT: '退出', LOGIN_FAILED: '登录失败', LOGIN_BLOCKED: '登录被限制', UPLOAD: '上传',
  UPLOAD_REFUSED: '上传被拒（已锁定）', ACCEPT: '审核通过', ACCEPT_REFUSED: '通过被拒', RETURN: '退回', RETURN_REFUSED: '退回被拒',
  UNLOCK: '解锁', UNLOCK_REFUSED: '解锁被拒', EXPLAIN: '填报说明', EXPLAIN_REFUSED: '填报说明被拒', DOWNLOAD_ANNOTATED: '下载标注文件',
  DOWNLOAD_ORIGINAL: '下载原始文件', UNIT_SAVE: '修改单位', USER_CREATE: '创建用户' };

document.addEventListener('DOMContentLoaded', () => {
  if (!App.requireLogin()) return;
  const year = document.getElementById('year');
  App.fillYears(year);
  year.addEventListener('change', loadBoard);
  document.getElementById('refresh').addEventListener('click', loadBoard);
  document.getElementById('accept-btn').addEventListener('click', () => act('accept', '已审核通过并锁定'));
  document.getElementById('return-btn').addEventListener('click', () => {
    if (!document.getElementById('review-comment').value.trim()) { App.message('退回时请填写审核意见'); return; }
    act('return', '已退回');
  });
  document.getElementById('unlock-btn').addEventListener('click', () => act('unlock', '已解锁，填报单位可重新上传'));
  document.getElementById('download-annotated').addEventListener('click', () =>
    App.download('/api/submissions/' + current.id + '/annotated', '审核结果.xlsx').catch(e => App.message(e.message)));
  document.getElementById('download-original').addEventListener('click', () =>
    App.download('/api/submissions/' + current.id + '/original', current.filename).catch(e => App.message(e.message)));
  document.getElementById('audit-btn').addEventListener('click', loadAudit);
  document.getElementById('consolidation-btn').addEventListener('click', downloadConsolidation);
  loadBoard();
});

/** The 汇总 workbook of the reviewer's own unit and everything below it, for the chosen year. */
async function downloadConsolidation() {
  const me = App.user();
  const year = document.getElementById('year').value;
  const select = document.getElementById('consolidation-template');
  const name = select.options[select.selectedIndex].text.replace(/（.*$/, '');
  App.download('/api/consolidations/' + encodeURIComponent(me.unit) + '?year=' + encodeURIComponent(year) + '&template=' + select.value,
    (me.unitName || me.unit) + year + '年' + name + '.xlsx').catch(e => App.message(e.message));
}

async function loadBoard() {
  const year = document.getElementById('year').value;
  let rows;
  try { rows = await App.api('GET', '/api/status?year=' + encodeURIComponent(year)); } catch (e) { App.message(e.message); return; }
  const templates = [], units = [], cells = {}, totals = {};
  for (const r of rows) {
    if (!templates.some(t => t.id === r.template)) templates.push({ id: r.template, name: r.templateName });
    if (!units.some(u => u.code === r.unit)) units.push({ code: r.unit, name: r.unitName, level: r.level });
    cells[r.unit + '/' + r.template] = r;
    totals[r.stateLabel] = (totals[r.stateLabel] || 0) + 1;
  }
  const thead = document.querySelector('#board thead');
  thead.replaceChildren(App.el('tr', {}, App.el('th', {}, '单位'), ...templates.map(t => App.el('th', {}, t.name))));
  const tbody = document.querySelector('#board tbody');
  tbody.replaceChildren();
  for (const u of units) {
    const tr = App.el('tr', {}, App.el('td', { class: 'level-' + u.level }, u.name + (u.level === 'city' ? '（本级）' : ''), App.el('br'),
      App.el('small', { class: 'muted' }, u.code)));
    for (const t of templates) {
      const r = cells[u.code + '/' + t.id];
      const info = r.id ? '第 ' + r.version + ' 版 · 错误 ' + r.errors + ' · 提示 ' + r.warnings + (r.score !== null ? ' · ' + r.score + ' 分' : '') : '';
      tr.append(App.el('td', {}, App.el('button', { class: 'cell', type: 'button', disabled: !r.id, 'data-unit': u.code, 'data-template': t.id,
        onclick: () => openSubmission(r.id) }, App.state(r.stateLabel), r.locked ? ' 已锁定' : '', App.el('small', {}, info))));
    }
    tbody.append(tr);
  }
  document.getElementById('totals').textContent = Object.entries(totals).map(([k, v]) => k + ' ' + v).join('，');
}

async function openSubmission(id) {
  let s;
  try { s = await App.api('GET', '/api/submissions/' + id); } catch (e) { App.message(e.message); return; }
  current = s;
  document.getElementById('detail').classList.remove('hidden');
  const unit = document.querySelector('button.cell[data-unit="' + s.unit + '"]');
  const unitName = unit ? unit.closest('tr').firstChild.firstChild.textContent : s.unit;
  document.getElementById('detail-title').textContent = unitName + ' · ' + s.year + ' 年度 · 第 ' + s.version + ' 版（' + s.filename + '）';
  const count = sev => s.findings.filter(f => f.severity === sev).length;
  document.getElementById('detail-summary').replaceChildren(...[App.el('span', { id: 'detail-state' }, App.state(s.stateLabel), s.locked ? ' 已锁定' : ''),
    App.el('span', {}, '错误 ' + count('ERROR') + '，提示 ' + count('WARNING') + '，信息 ' + count('INFO')),
    s.score && s.score.verified !== null ? App.el('span', {}, '自评 ' + App.num(s.score.reported) + ' 分，复核 ' + App.num(s.score.verified) + ' 分（' + s.score.grade + '）') : null].filter(Boolean));
  App.findingRows(document.querySelector('#findings tbody'), s.findings);
  document.getElementById('detail-explanation').textContent = s.explanation ? '填报说明：' + s.explanation
    : (count('WARNING') > 0 ? '填报单位尚未提交填报说明（有提示性问题时须先说明才能通过）' : '');
  App.notesList(document.getElementById('notes'), s.notes);
  document.getElementById('accept-btn').disabled = s.status !== 'SUBMITTED' || count('ERROR') > 0;
  document.getElementById('return-btn').disabled = s.status === 'RETURNED' || s.locked;
  document.getElementById('unlock-btn').disabled = !s.locked;
  document.getElementById('review-comment').value = '';
  document.getElementById('detail').scrollIntoView();
}

async function act(action, done) {
  const comment = document.getElementById('review-comment').value.trim();
  try {
    await App.api('POST', '/api/submissions/' + current.id + '/' + action, comment ? { comment } : {});
    App.message(done, true);
    await openSubmission(current.id);
    await loadBoard();
  } catch (e) { App.message(e.message); }
}

async function loadAudit() {
  const table = document.getElementById('audit');
  try {
    const rows = await App.api('GET', '/api/audit?limit=100');
    const tbody = table.querySelector('tbody');
    tbody.replaceChildren(...rows.map(r => App.el('tr', {}, App.el('td', {}, App.time(r.at)), App.el('td', {}, r.username || ''),
      App.el('td', {}, actionNames[r.action] || r.action), App.el('td', {}, r.unitCode || ''), App.el('td', {}, App.num(r.submissionId)),
      App.el('td', {}, r.detail || ''), App.el('td', {}, r.ip || ''))));
    table.classList.remove('hidden');
  } catch (e) { App.message(e.message); }
}
