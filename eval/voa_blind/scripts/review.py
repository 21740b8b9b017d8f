import json, sys, lib
sid = sys.argv[1]
T = lib.load(sid)['text']
ev = [json.loads(l) for l in open(lib.OUT) if json.loads(l)['id'] == sid]
sents = sorted({tuple(e['sentence']) for e in ev})
# reconstruct all sentences from script's splitter by reading the story script's Story args is complex; use coverage
import re
cur = 0
for s, x in sents:
    pass
for e in ev:
    a = e['actor']; r = e['recipient'] or {}
    print(f"{e['sentence'][0]:5d} {e['type']:9s} {T[e['trigger'][0]:e['trigger'][1]]!r:40.40} A={a['text']!s:30.30}|{a['country']} R={r.get('text')!s:25.25}|{r.get('country')} {e['modality'][:4]}{' NEG' if e['negated'] else ''}")
