"""Merge ../parts/*.jsonl (one file per story, written by the story scripts) into
../extra_events.jsonl, stories in id order, events in text order; then run check.py."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for path in sorted(glob.glob(os.path.join(HERE, '..', 'parts', '*.jsonl'))):
    rows += [json.loads(line) for line in open(path) if line.strip()]
rows.sort(key=lambda e: (e['id'], e['sentence'][0], e['trigger'][0]))
with open(os.path.join(HERE, '..', 'extra_events.jsonl'), 'w') as out:
    for e in rows:
        out.write(json.dumps(e, ensure_ascii=False) + '\n')
print(len(rows), 'events')
