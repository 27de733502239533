/* careerguide compare page: reads the roles from the address (?r=slug&r=slug), loads each role's
   compare/d/<slug>.js (scripts, so that it also works from the file system) and shows them side by side. */
(function () {
var me = document.currentScript, root = me.src.replace(/assets\/[^/]*$/, ''), roles = {}, MAX = 3, L = {};
/* A text of the page's language (data-* of #compare, written by the template), {0} and {1} filled in. */
function t(key) {
  var a = arguments;
  return (L[key] || key).replace(/\{(\d)\}/g, function (m, i) { return a[+i + 1]; });
}
window.cgCompare = function (data) { roles[data.slug] = data; };
var chosen = new URLSearchParams(location.search).getAll('r').join(',').split(',')
  .filter(function (s, i, all) { return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) && all.indexOf(s) === i; }).slice(0, MAX);
function load(slug) {
  return new Promise(function (done) {
    var s = document.createElement('script');
    s.src = root + 'compare/d/' + slug + '.js';
    s.onload = s.onerror = function () { done(roles[slug]); };
    document.head.appendChild(s);
  });
}
function el(tag, text, parent, attrs) {
  var e = document.createElement(tag);
  if (text != null) e.textContent = text;
  Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
  if (parent) parent.appendChild(e);
  return e;
}
function svg(tag, attrs, parent) {
  var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
  parent.appendChild(e);
  return e;
}
function address(slugs) { return '?' + slugs.map(function (s) { return 'r=' + s; }).join('&'); }
function roleLink(role, parent) { return el('a', role.title, parent, { href: root + 'roles/' + role.slug + '/index.html' }); }
function table(parent, head, rows, caption) {
  var t = el('table', null, parent), tr = el('tr', null, el('thead', null, t)), body = el('tbody', null, t);
  el('caption', caption, t).className = 'vh';
  head.forEach(function (h, i) { var th = el('th', null, tr, { scope: 'col' }); if (typeof h === 'string') th.textContent = h; else roleLink(h, th); });
  rows.forEach(function (row) {
    var r = el('tr', null, body);
    row.forEach(function (cell, i) { var c = el(i ? 'td' : 'th', null, r, i ? {} : { scope: 'row' }); if (cell && cell.nodeType) c.appendChild(cell); else c.textContent = cell; });
  });
  return t;
}
function money(amount, salary) {
  var lang = document.documentElement.lang || 'en';
  return salary.currency ? new Intl.NumberFormat(lang, { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 }).format(amount)
    : new Intl.NumberFormat(lang).format(amount);
}
function skills(list, out) {
  el('h2', t('skills'), out);
  var all = [];
  list.forEach(function (r) { r.skills.forEach(function (s) { if (all.indexOf(s) < 0) all.push(s); }); });
  function has(r, s) { return r.skills.some(function (x) { return x.toLowerCase() === s.toLowerCase(); }); }
  function count(s) { return list.filter(function (r) { return has(r, s); }).length; }
  all.sort(function (a, b) { return count(b) - count(a) || a.localeCompare(b); });
  var shared = all.filter(function (s) { return count(s) === list.length; });
  el('p', shared.length ? t('shared', shared.join(', ')) : t('noshared'), out, { id: 'shared-skills' });
  table(out, [t('skill')].concat(list), all.map(function (s) {
    return [s].concat(list.map(function (r) { return has(r, s) ? t('yes') : '–'; }));
  }), t('skilltable')).id = 'skill-table';
}
function salaries(list, out) {
  el('h2', t('salary'), out);
  var paid = list.filter(function (r) { return r.salary; });
  if (!paid.length) { el('p', t('nosalary'), out); return; }
  var first = paid[0].salary, same = paid.every(function (r) { return r.salary.currency === first.currency && r.salary.period === first.period; });
  if (!same) el('p', t('mixed'), out);
  var rows = [], top = 0;
  paid.forEach(function (r) { r.salary.levels.forEach(function (l) { rows.push([r, l]); top = Math.max(top, l.max); }); });
  var W = 560, left = 230, h = 26, chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + (rows.length * h + 8), width: W, height: rows.length * h + 8, 'aria-hidden': 'true', focusable: 'false', id: 'salary-chart' }, el('figure', null, out, { 'class': 'salary-chart' }));
  rows.forEach(function (row, i) {
    var l = row[1], scale = same ? top : Math.max.apply(null, row[0].salary.levels.map(function (x) { return x.max; }));
    svg('text', { x: 0, y: i * h + 18 }, chart).textContent = row[0].title.slice(0, 16) + ' · ' + l.level.slice(0, 14);
    svg('rect', { 'class': 'bar', x: left + (W - left) * l.min / scale, y: i * h + 6, width: Math.max(2, (W - left) * (l.max - l.min) / scale), height: 14, rx: 3 }, chart);
  });
  el('figcaption', same ? t(first.currency ? 'scalein' : 'scale', t(first.period), first.currency) : t('below'), chart.parentNode);
  table(out, [t('role'), t('level'), t('range')], rows.map(function (row) {
    var range = t('rangetext', money(row[1].min, row[0].salary), money(row[1].max, row[0].salary));
    return [row[0].title, row[1].level, row[0].salary.period !== 'year' ? t('per', range, t(row[0].salary.period)) : range];
  }), t('salarytable')).id = 'salary-table';
}
function progression(list, out) {
  el('h2', t('progression'), out);
  function names(refs) {
    var span = document.createElement('span');
    refs.forEach(function (ref, i) {
      if (i) span.appendChild(document.createTextNode(', '));
      if (ref.slug) roleLink({ slug: ref.slug, title: ref.name }, span); else span.appendChild(document.createTextNode(ref.name));
    });
    if (!refs.length) span.textContent = '–';
    return span;
  }
  table(out, [t('role'), t('leads'), t('transitions')], list.map(function (r) { return [r.title, names(r.leadsTo), names(r.transitions)]; }),
    t('progressiontable')).id = 'progression-table';
}
function picker() {
  var form = document.getElementById('compare-pick'), box = document.getElementById('compare-q'), found = document.getElementById('compare-found'), timer;
  if (chosen.length >= MAX || !window.cgFind) return;
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      window.cgFind(box.value).then(function (roles) {
        found.textContent = '';
        (roles || []).filter(function (r) { return chosen.indexOf(r[0]) < 0; }).forEach(function (r) {
          el('a', t('add', r[1]), el('li', null, found), { href: address(chosen.concat([r[0]])) });
        });
      });
    }, 80);
  });
}
function start() {
  var out = document.getElementById('compare');
  if (!out) return;
  L = out.dataset;
  Promise.all(chosen.map(load)).then(function (list) {
    list = list.filter(Boolean);
    var ul = el('ul', null, out, { 'class': 'chosen' });
    list.forEach(function (r) {
      var li = el('li', null, ul);
      roleLink(r, li);
      li.appendChild(document.createTextNode(' '));
      el('a', t('remove'), li, { href: address(chosen.filter(function (s) { return s !== r.slug; })), 'aria-label': t('removenamed', r.title) });
    });
    if (list.length < 2) el('p', t(list.length ? 'another' : 'choose'), out);
    if (list.length) { skills(list, out); salaries(list, out); progression(list, out); }
    picker();
  });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
