import sys,json,collections
sys.path.insert(0,'/work/shared/bench/vulns')
from eval import score
corpus,find=sys.argv[1],sys.argv[2]
L=[json.loads(l) for l in open(corpus+'/labels.jsonl')]
F=json.load(open(find))
hit,_=score(L,F)
def plat(f):
    p=f.split('/')
    return p[1]+'/'+p[2] if p[1] in ('terraform','cicd') else p[1]
tot=collections.Counter(); fnd=collections.Counter(); miss=collections.defaultdict(collections.Counter)
for l,h in zip(L,hit):
    k=plat(l['file']); tot[k]+=1; fnd[k]+=h
    if not h: miss[k][l['origin_rule']]+=1
print('| platform | positives | found | recall | top missing queries (count) |')
print('|---|---|---|---|---|')
for k,n in tot.most_common():
    tops=', '.join(f'{q} ({c})' for q,c in miss[k].most_common(15))
    print(f'| {k} | {n} | {fnd[k]} | {fnd[k]/n:.2f} | {tops} |')
print('ALL',sum(tot.values()),sum(fnd.values()))
