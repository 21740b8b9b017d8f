import json
from collections import Counter, OrderedDict
L = [json.loads(l) for l in open('/work/annot/events_gold_more.jsonl')]
per = OrderedDict()
for e in L: per.setdefault(e['id'], []).append(e)
calls = open('/work/annot/scripts/calls.md').read()
out = ['# Additional PLOVER gold for VOA dev stories (independent annotation)', '',
       'Made by hand by GUIDE.md (`/work/shared/eval/events/voa_dev/GUIDE.md`), without looking at the system. '
       'One script per story in `scripts/` computes every offset by searching the story text (word-boundary regex search inside the sentence; never typed by hand) and asserts it; `scripts/check.py` re-verifies all spans.', '',
       '## Stories done (in file order)', '', '| story | events | asserted & not negated |', '|---|---|---|']
for k, v in per.items():
    out.append(f'| {k} | {len(v)} | {sum(1 for e in v if e["modality"]=="asserted" and not e["negated"])} |')
out += ['', f'Total: {len(L)} events in {len(per)} stories.', '', '## Counts by type', '']
for t, n in Counter(e['type'] for e in L).most_common():
    out.append(f'- {t}: {n}')
out += ['', '## Judgement calls', '', calls]
open('/work/annot/README.md', 'w').write('\n'.join(out) + '\n')
