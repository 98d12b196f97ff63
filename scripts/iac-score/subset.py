"""Recall of a findings file on the KICS labels under one path prefix, and what was missed.
Usage: python3 subset.py CORPUS FINDINGS.json PREFIX [--all]"""
import sys, json, collections
sys.path.insert(0, '/work/shared/bench/vulns')
from eval import score
corpus, find, prefix = sys.argv[1:4]
L = [json.loads(l) for l in open(corpus + '/labels.jsonl')]
F = json.load(open(find))
hit, _ = score(L, F)
sel = [(l, h) for l, h in zip(L, hit) if l['file'].startswith(prefix)]
n = len(sel); found = sum(h for _, h in sel)
print(f'{prefix}: {found}/{n} = {found / max(n, 1):.3f}')
miss = collections.defaultdict(list)
for l, h in sel:
    if not h:
        miss[l['origin_rule']].append(f"{l['file'][len(prefix) + 1:]}:{l['line']}")
for q, where in sorted(miss.items(), key=lambda kv: -len(kv[1])):
    shown = where if '--all' in sys.argv else where[:3]
    print(f'  {len(where):3d}  {q}: ' + ' '.join(shown))
