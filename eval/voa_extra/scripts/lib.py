"""The voa_blind annotation helpers (../../voa_blind/scripts/lib.py: sentence splitter, span
search, Story), with one output file per story: ../parts/<id>.jsonl (merge.py joins them)."""
import importlib.util
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = os.path.join(HERE, '..', 'parts')
_spec = importlib.util.spec_from_file_location('blind_lib', os.path.join(HERE, '..', '..', 'voa_blind', 'scripts', 'lib.py'))
_blind = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_blind)
load, split, show = _blind.load, _blind.split, _blind.show


class Story(_blind.Story):
    def save(self):
        t = self.t
        for e in self.events:  # every span inside its sentence and equal to its text
            s, x = e['sentence']
            assert t[s:x]
            a, b = e['trigger']
            assert s <= a < b <= x
            for k in ('actor', 'recipient'):
                p = e[k]
                if p and p['span']:
                    assert t[p['span'][0]:p['span'][1]] == p['text']
                    assert s <= p['span'][0] and p['span'][1] <= x
        self.events.sort(key=lambda e: (e['sentence'][0], e['trigger'][0]))
        with open(os.path.join(PARTS, self.sid + '.jsonl'), 'w') as f:
            for e in self.events:
                f.write(json.dumps(e, ensure_ascii=False) + '\n')
        print(self.sid, len(self.events), dict(Counter(e['type'] for e in self.events)))
