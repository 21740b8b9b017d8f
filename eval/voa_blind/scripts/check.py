"""Re-verify every span of the gold files named (default: ../blind_events.jsonl) against the story
text; print counts. ../../voa_extra/scripts/check.py runs it on that folder's parts."""
import json, os, sys
from collections import Counter, OrderedDict
STORIES = '/work/shared/eval/events/voa_dev/stories.jsonl'
T = {}
for l in open(STORIES):
    d = json.loads(l); T[d['id']] = d['text']
TYPES = set('AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT'.split())
KEYS = ['id', 'sentence', 'trigger', 'type', 'mode', 'actor', 'recipient', 'modality', 'negated', 'note']
HERE = os.path.dirname(os.path.abspath(__file__))
PATHS = [a for a in sys.argv[1:] if not a.startswith('-')] or [os.path.join(HERE, '..', 'blind_events.jsonl')]
L = [json.loads(l) for p in PATHS for l in open(p)]
bad = 0
verbose = '-v' in sys.argv
for i, e in enumerate(L):
    t = T[e['id']]
    try:
        assert list(e.keys()) == KEYS, e.keys()
        assert e['type'] in TYPES
        assert e['modality'] in ('asserted', 'future', 'hypothetical')
        assert isinstance(e['negated'], bool)
        s, x = e['sentence']; assert 0 <= s < x <= len(t) and t[s:x].strip() == t[s:x]
        a, b = e['trigger']; assert s <= a < b <= x
        for k in ('actor', 'recipient'):
            p = e[k]
            if p is None:
                assert k == 'recipient'; continue
            assert set(p) == {'text', 'span', 'country', 'sector'}
            assert p['country'] is None or len(p['country']) == 3
            if p['span'] is None:
                assert p['text'] is None
            else:
                assert t[p['span'][0]:p['span'][1]] == p['text'], (p, t[p['span'][0]:p['span'][1]])
                assert s <= p['span'][0] < p['span'][1] <= x
                if verbose and len(p['text']) <= 6:
                    q = p['span'][0]
                    print(f"  {e['id']} {e['type']} {k} {p['text']!r}: ...{t[max(s,q-30):q+25]!r}")
        if e['type'] in ('COOPERATE', 'AID', 'SANCTION'):
            assert e['recipient'] is not None, 'recipient required'
    except AssertionError as err:
        bad += 1
        print('BAD', i, e['id'], err)
per = OrderedDict()
for e in L: per.setdefault(e['id'], []).append(e)
print(f'{len(L)} events, {len(per)} stories, {bad} bad')
for k, v in per.items():
    print(f'  {k}: {len(v)} ({sum(1 for e in v if e["modality"]=="asserted" and not e["negated"])} asserted non-negated)')
print('by type:', dict(Counter(e['type'] for e in L).most_common()))
print('by modality:', dict(Counter(e['modality'] for e in L)), 'negated:', sum(e['negated'] for e in L))
