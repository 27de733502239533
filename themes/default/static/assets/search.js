/* careerguide search: results as you type from the sharded index in search/ (see the README); an ARIA combobox. */
(function () {
var me = document.currentScript, root = me.src.replace(/assets\/[^/]*$/, ''), W = [1, 4, 16, 64];
var data = { m: {}, t: {}, r: {} }, loading = {}, box, list, status, active = -1, shown = [], timer, seq = 0;
window.cgSearch = function (kind, key, value) { data[kind][key] = value; };
window.cgFind = function (query) { return search(query); };
function load(kind, key) {
var name = kind === 'm' ? 'index' : kind + '-' + key;
return loading[name] || (loading[name] = new Promise(function (done) {
var s = document.createElement('script');
s.src = root + 'search/' + name + '.js';
s.onload = s.onerror = function () { done(data[kind][key]); };
document.head.appendChild(s);
}));
}
function words(text) {
return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^a-z0-9]+/)
.filter(function (w) { return w.length > 1; });
}
function shardOf(word, split) {
var key = word.slice(0, 2);
while (split.indexOf(key) >= 0 && key.length < word.length) key = word.slice(0, key.length + 1);
return key;
}
function search(query) {
var typed = words(query);
if (!typed.length) return Promise.resolve(null);
return load('m', 'index').then(function (meta) {
if (!meta) return [];
return Promise.all(typed.map(function (w) { return load('t', shardOf(w, meta.split)); })).then(function (shards) {
var total = null;
typed.forEach(function (w, i) {
var score = {}, shard = shards[i] || {};
Object.keys(shard).forEach(function (word) {
if (word.lastIndexOf(w, 0) !== 0) return;
shard[word].forEach(function (p) {
var id = p >> 2, s = W[p & 3] + (word === w ? 1 : 0);
if (!(score[id] >= s)) score[id] = s;
});
});
if (total === null) total = score;
else Object.keys(total).forEach(function (id) { if (score[id]) total[id] += score[id]; else delete total[id]; });
});
var ids = Object.keys(total).map(Number);
ids.sort(function (a, b) { return total[b] - total[a] || a - b; });
var top = ids.slice(0, 8);
return Promise.all(top.map(function (id) { return load('r', Math.floor(id / meta.chunk)); })).then(function (chunks) {
var found = top.map(function (id, i) { return (chunks[i] || [])[id % meta.chunk]; }).filter(Boolean);
found.count = ids.length;
return found;
});
});
});
}
function select(i) {
var items = list.children;
if (active >= 0 && items[active]) items[active].setAttribute('aria-selected', 'false');
active = i;
if (i >= 0) {
items[i].setAttribute('aria-selected', 'true');
box.setAttribute('aria-activedescendant', items[i].id);
items[i].scrollIntoView({ block: 'nearest' });
} else box.removeAttribute('aria-activedescendant');
}
function open(on) {
list.hidden = !on;
box.setAttribute('aria-expanded', String(on));
if (!on) select(-1);
}
function show(found) {
list.textContent = '';
active = -1;
shown = found || [];
shown.forEach(function (role, i) {
var li = document.createElement('li'), small = document.createElement('small');
li.id = 'q-' + i;
li.setAttribute('role', 'option');
li.setAttribute('aria-selected', 'false');
li.textContent = role[1];
if (role[2]) { small.textContent = role[2]; li.appendChild(small); }
li.addEventListener('click', function () { go(i); });
list.appendChild(li);
});
open(shown.length > 0);
status.textContent = found === null ? '' : !shown.length ? text('none')
: text(found.count === 1 ? 'one' : 'many', found.count) + (found.count > shown.length ? text('best', shown.length) : '');
}
/* A text of the page's language: data-* of the search form, written by the template ({0} filled in). */
function text(key, n) { return (box.form.dataset[key] || '').replace('{0}', n); }
function go(i) { location.href = root + 'roles/' + shown[i][0] + '/index.html'; }
function update() {
var mine = ++seq;
search(box.value).then(function (found) { if (mine === seq) show(found); });
}
function keys(e) {
var n = list.children.length;
if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
if (!n) return;
e.preventDefault();
if (list.hidden) open(true);
select(e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n : active) - 1);
} else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
e.preventDefault();
go(active);
} else if (e.key === 'Escape') {
if (!list.hidden) { e.preventDefault(); open(false); } else box.value = '';
}
}
function start() {
box = document.getElementById('q');
if (!box || !window.Promise) return;
list = document.createElement('ul');
list.id = 'q-list';
list.setAttribute('role', 'listbox');
list.setAttribute('aria-label', text('list'));
list.hidden = true;
list.addEventListener('mousedown', function (e) { e.preventDefault(); });
status = document.createElement('p');
status.className = 'vh';
status.setAttribute('role', 'status');
box.parentNode.appendChild(list);
box.parentNode.appendChild(status);
box.setAttribute('role', 'combobox');
box.setAttribute('aria-autocomplete', 'list');
box.setAttribute('aria-expanded', 'false');
box.setAttribute('aria-controls', 'q-list');
box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(update, 80); });
box.addEventListener('keydown', keys);
box.addEventListener('blur', function () { open(false); });
box.addEventListener('focus', function () { if (list.children.length) open(true); });
var q = new URLSearchParams(location.search).get('q');
if (q && /(^|\/)roles\/(index\.html)?$/.test(location.pathname)) { box.value = q; update(); }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
