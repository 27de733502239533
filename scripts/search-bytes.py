#!/usr/bin/env python3
"""Measures the search index of a built careerguide site: total size, bytes per role, and the bytes
one query downloads (assets/search.js, search/index.js, the shard of each word typed and the role
chunks of the results shown), following the same steps as themes/default/static/assets/search.js.

usage: scripts/search-bytes.py SITE_FOLDER [QUERY ...]
Without queries it tries, for words of role titles, aliases and skills (and for common summary
words), every prefix of 2 to 6 letters, and a few two-word queries; it prints median, 95th
percentile and maximum bytes per query.
"""
import json, os, re, sys, unicodedata, random, statistics

W = [1, 4, 16, 64]

def words(text):
    text = unicodedata.normalize('NFD', text)
    text = ''.join(c for c in text if not unicodedata.category(c).startswith('M')).lower()
    return [w for w in re.split(r'[^a-z0-9]+', text) if len(w) > 1]

def load(site, name):
    path = os.path.join(site, 'search', name + '.js')
    if not os.path.exists(path):
        return None, 0
    raw = open(path, encoding='utf-8').read()
    body = re.match(r'^cgSearch\("(\w)",("[^"]*"),(.*)\);\s*$', raw, re.S).group(3)
    return json.loads(body), len(raw.encode('utf-8'))

def main(site, queries):
    files = os.listdir(os.path.join(site, 'search'))
    total = sum(os.path.getsize(os.path.join(site, 'search', f)) for f in files)
    meta, meta_bytes = load(site, 'index')
    roles = meta['count']
    script = os.path.getsize(os.path.join(site, 'assets', 'search.js'))
    print(f'roles {roles}: index {total:,} bytes in {len(files)} files = {total / roles:,.0f} bytes per role; '
          f'search.js {script:,} bytes')
    cache = {}
    def shard(key):
        if key not in cache:
            cache[key] = load(site, 't-' + key)
        return cache[key]
    def chunk(n):
        key = 'r' + str(n)
        if key not in cache:
            cache[key] = load(site, 'r-' + str(n))
        return cache[key]
    split = set(meta['split'])
    def query_bytes(q):
        typed = words(q)
        fetched = {'search.js': script, 'index': meta_bytes}
        total_score = None
        for w in typed:
            key = w[:2]
            while key in split and len(key) < len(w):
                key = w[:len(key) + 1]
            data, size = shard(key)
            fetched['t-' + key] = size
            score = {}
            for word, postings in (data or {}).items():
                if word.startswith(w):
                    for p in postings:
                        s = W[p & 3] + (1 if word == w else 0)
                        score[p >> 2] = max(score.get(p >> 2, 0), s)
            total_score = score if total_score is None else {i: total_score[i] + score[i] for i in total_score if i in score}
        top = sorted((total_score or {}).items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        for i, _ in top:
            fetched['r-' + str(i // meta['chunk'])] = chunk(i // meta['chunk'])[1]
        return sum(fetched.values()), [x[0] for x in top]
    if not queries:
        data = json.load(open(os.path.join(site, 'roles.json'), encoding='utf-8'))
        vocab = set()
        for role in data['roles']:
            for text in [role['title']] + role['aliases'] + [s['name'] for s in role['skills']]:
                vocab.update(words(text))
        rng = random.Random(42)
        sample = sorted(vocab)
        rng.shuffle(sample)
        sample = sample[:300]
        queries = [w[:n] for w in sample for n in range(2, 7) if len(w) >= n]
        titles = [r['title'] for r in data['roles']]
        rng.shuffle(titles)
        queries += titles[:200]
        for role in data['roles'][:50]:
            queries += [' '.join(words(role['summary'])[:2])]
    sizes = sorted(query_bytes(q)[0] for q in set(queries))
    worst = max(set(queries), key=lambda q: query_bytes(q)[0])
    print(f'{len(sizes)} queries: median {statistics.median(sizes):,.0f} bytes, '
          f'95th percentile {sizes[int(len(sizes) * .95)]:,} bytes, max {sizes[-1]:,} bytes ("{worst}")')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
