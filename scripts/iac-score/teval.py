# Python replica of tests/eval.rs scoring (exact line + rule id) for the IaC dirs.
import json,re,os,collections,sys
root='/work/main/tests/eval'
F=json.load(open(sys.argv[1]))['findings']
comment=('#','//','/*','--','<!--',';','*','{/*')
def marker(l):
    i=l.find('expect:')
    if i<0: return None
    ids=[s.rstrip('*/').rstrip('-->').strip() for s in re.split(r'[\s,]+',l[i+7:])]
    ids=[s for s in ids if '.' in s]
    return ids or None
found=collections.defaultdict(lambda: collections.defaultdict(list))
for f in F: found[f['path']][f['start']['line']].append(f['rule_id'])
tot=collections.defaultdict(lambda:[0,0,0]); miss=[]
for d in sys.argv[2:]:
  for dp,_,fs in os.walk(os.path.join(root,d)):
    for fn in fs:
        if fn=='README.md': continue
        p=os.path.join(dp,fn); rel=os.path.relpath(p,root)
        lines=open(p,errors='replace').read().split('\n')
        exp={}
        for i,l in enumerate(lines):
            ids=marker(l)
            if not ids: continue
            if l.lstrip().startswith(comment):
                j=next((j for j in range(i+1,len(lines)) if marker(lines[j]) is None or not lines[j].lstrip().startswith(comment)),None)
                if j is not None: exp[j+1]=ids
            else: exp[i+1]=ids
        got=found.get(rel,{})
        c=tot[d]
        for ln,ids in exp.items():
            if any(g in ids for g in got.get(ln,[])): c[0]+=1
            else: c[2]+=1; miss.append(('FN',rel,ln,ids))
        for ln,gs in got.items():
            for g in gs:
                if g not in exp.get(ln,[]): c[1]+=1; miss.append(('FP',rel,ln,g))
for d,(tp,fp,fn) in tot.items(): print(f'{d:16} TP {tp:3} FP {fp:3} FN {fn:3}  P {tp/max(1,tp+fp):.3f} R {tp/max(1,tp+fn):.3f}')
for m in miss: print(*m)
