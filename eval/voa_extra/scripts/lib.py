import json, re, sys
STORIES = '/work/shared/eval/events/voa_dev/stories.jsonl'
import os
PARTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'parts')  # one file per story

def load(sid):
    for l in open(STORIES):
        d = json.loads(l)
        if d['id'] == sid:
            return d
    raise KeyError(sid)

ABBR = ('U.S.', 'U.N.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Sen.', 'Rep.', 'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'No.', 'U.K.', 'Gov.', 'Maj.', 'Sgt.', 'Capt.', 'Prof.', 'Jr.', 'Sr.', 'a.m.', 'p.m.')

def split(text, nosplit=(), force=()):
    """sentence spans; nosplit = list of offsets where a break must not happen"""
    spans = []
    start = 0
    for m in re.finditer(r'[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])', text):
        end = m.start() + len(m.group().rstrip())
        # abbreviation check
        pre = text[start:m.start() + 1]
        if any(pre.endswith(a) for a in ABBR) and not pre.endswith('U.S.') :
            continue
        if pre.endswith('U.S.'):
            # split only if next word is capitalized sentence starter (heuristic: next token not lowercase) -- keep split unless listed
            pass
        if end in nosplit:
            continue
        spans.append([start, end])
        start = m.end()
    spans.append([start, len(text.rstrip())])
    for f in force:
        for i, (a, b) in enumerate(spans):
            if a < f < b:
                nxt = f
                while text[nxt].isspace():
                    nxt += 1
                spans[i:i + 1] = [[a, f], [nxt, b]]
                break
    return spans

def show(sid, nosplit=(), force_after=()):
    d = load(sid)
    t = d['text']
    force = [t.index(x) + len(x) for x in force_after]
    for i, (s, e) in enumerate(split(t, nosplit, force)):
        print(f'[{i}] {s}-{e}: {t[s:e]}')

class Story:
    def __init__(self, sid, nosplit=(), force_after=()):
        self.sid = sid
        self.d = load(sid)
        self.t = self.d['text']
        force = [self.t.index(x) + len(x) for x in force_after]
        self.sents = split(self.t, nosplit, force)
        self.events = []

    def find(self, si, s, after=None):
        """find string s in sentence si; s may be (string, k) for k-th occurrence (0-based)"""
        k = 0
        if isinstance(s, tuple):
            s, k = s
        a, b = self.sents[si]
        pat = re.escape(s)
        if s[0].isalnum():
            pat = r'(?<![A-Za-z0-9])' + pat
        if s[-1].isalnum():
            pat = pat + r'(?![A-Za-z0-9])'
        ms = list(re.compile(pat).finditer(self.t, a, b))
        assert len(ms) > k, (self.sid, si, s, self.t[a:b])
        pos = ms[k].start()
        assert self.t[pos:pos + len(s)] == s
        return [pos, pos + len(s)]

    def party(self, si, p):
        if p is None:
            return None
        txt, cc, sec = p
        if txt is None:
            return {'text': None, 'span': None, 'country': cc, 'sector': sec}
        sp = self.find(si, txt)
        tx = txt[0] if isinstance(txt, tuple) else txt
        return {'text': tx, 'span': sp, 'country': cc, 'sector': sec}

    def ev(self, si, trig, typ, mode, actor, rec, mod='asserted', neg=False, note=''):
        e = {'id': self.sid, 'sentence': list(self.sents[si]), 'trigger': self.find(si, trig),
             'type': typ, 'mode': mode, 'actor': self.party(si, actor), 'recipient': self.party(si, rec),
             'modality': mod, 'negated': neg, 'note': note}
        self.events.append(e)

    def save(self):
        # verify
        for e in self.events:
            t = self.t
            s, x = e['sentence']; assert t[s:x]
            a, b = e['trigger']; assert s <= a < b <= x
            for k in ('actor', 'recipient'):
                p = e[k]
                if p and p['span']:
                    assert t[p['span'][0]:p['span'][1]] == p['text']
                    assert s <= p['span'][0] and p['span'][1] <= x
        self.events.sort(key=lambda e: (e['sentence'][0], e['trigger'][0]))
        with open(os.path.join(PARTS, self.sid + '.jsonl'), 'w') as f:
            for e in self.events:
                f.write(json.dumps(e, ensure_ascii=False) + '\n')
        from collections import Counter
        print(self.sid, len(self.events), dict(Counter(e['type'] for e in self.events)))
