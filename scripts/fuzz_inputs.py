"""Fuzz dateline's readers, pipeline and store with generated malformed files (issue 16).

Each generated file holds one article attempt in one of the supported formats (.txt, .jsonl,
.ndjson, .json, .csv, .html, .rss, .atom, and an unknown extension that is sniffed), mostly
broken by one seeded mutation: truncation, junk or control bytes, NULs, other encodings,
BOMs, emptiness, deep nesting, 5,000-digit numbers, lone surrogates, ids and titles that are
objects, impossible dates, unclosed quotes, navigation-only pages, over-long texts; plus
FIFOs, dangling and looping links. The checks:

* every file yields exactly one record: an article, or an error with a code (never E139, the
  readers' last-resort "unexpected" code), and reading never raises;
* the good (unmutated) files come out as articles whose text is exactly what was written;
* through the pipeline (``--analyze``) and the store (``--ingest``): one record per input,
  no pipeline failure (E200), every good article stored.

    python scripts/fuzz_inputs.py --files 3000 --seed 16 --analyze --ingest

prints the figures (inputs tried, handled, time) as JSON; exit status 1 if a check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

WORDS = (
    "Kyiv", "mayor", "said", "talks", "would", "resume", "on", "Tuesday", "officials", "in", "Lviv", "reported",
    "shelling", "near", "the", "border", "president", "Zelensky", "met", "ministers", "from", "Poland", "café",
    "Ñandú", "Müller", "«quoted»", "—", "crisis",
)
FORMATS = (".txt", ".jsonl", ".ndjson", ".json", ".csv", ".html", ".rss", ".atom", ".dat")
MAX_CHARS = 4000  # small, so that over-long texts are cheap to make
CODE = re.compile(r"E\d{3}$")


def article_text(rng: random.Random, serial: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 40))]
    return f"Report {serial}: " + " ".join(words) + "."


def render(fmt: str, fields: dict[str, Any]) -> bytes:
    """One article in one format (the good form, before any mutation)."""
    text, ident, date, title = fields["text"], fields["id"], fields["date"], fields["title"]
    if fmt in (".jsonl", ".ndjson", ".dat"):
        return (json.dumps(fields, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == ".json":
        return json.dumps(fields, ensure_ascii=False).encode("utf-8")
    if fmt == ".csv":
        return f'id,text,date,title\n{ident},"{text}",{date},{title}\n'.encode()
    if fmt == ".txt":
        return f"date {date}\n{text}\n".encode()
    if fmt == ".html":
        return (f'<html><head><title>{title}</title><meta property="article:published_time" content="{date}">'
                f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1><p>{text}</p>"
                f"<p>{text}</p></article></body></html>").encode()
    if fmt == ".rss":
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title><item>'
                f"<guid>{ident}</guid><title>{title}</title><pubDate>Tue, 29 Mar 2022 10:00:00 GMT</pubDate>"
                f"<description>{text}</description></item></channel></rss>").encode()
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
            f"<entry><id>{ident}</id><title>{title}</title><updated>{date}T10:00:00Z</updated>"
            f"<content>{text}</content></entry></feed>").encode()


def _field_mutation(rng: random.Random, fields: dict[str, Any]) -> dict[str, Any] | str:
    """A structurally bad value for a JSON article (returns the JSON text when it cannot be a dict)."""
    choice = rng.randrange(9)
    f = dict(fields)
    if choice == 0:
        return '{"text": ' + "[" * rng.randint(2000, 60000) + "]" * 10 + "}"
    if choice == 1:
        return json.dumps(f)[:-1] + ', "n": ' + "9" * rng.randint(4301, 6000) + "}"
    if choice == 2:
        return json.dumps(f)[:-2] + '\\ud800"}' if rng.random() < 0.5 else json.dumps(f).replace('"id": "', '"id": "\\udc00', 1)
    if choice == 3:
        f[rng.choice(["id", "title", "source", "url"])] = rng.choice([{"a": 1}, [1, 2], True])
    elif choice == 4:
        f["text"] = rng.choice([None, 42, "", "   ", {"t": "x"}, ["x"], "\x01\x02", "—…!"])
    elif choice == 5:
        f["date"] = rng.choice(["2022-02-30", "2022-13-01", "yesterday", "0000-00-00", 20220330])
    elif choice == 6:
        return json.dumps([f]) if rng.random() < 0.3 else rng.choice(["[]", "42", '"text"', "null"])
    elif choice == 7:
        f["text"] = "x" * (MAX_CHARS + rng.randint(1, 500))
    else:
        f.pop("text")
    return f


def mutate(rng: random.Random, fmt: str, fields: dict[str, Any]) -> tuple[bytes, str]:
    """A broken file for one article: (bytes, name of the mutation)."""
    kind = rng.choice(["truncate", "junk", "nul", "encoding", "bom", "empty", "fields", "format", "format", "fields"])
    data = render(fmt, fields)
    if kind == "fields" and fmt in (".jsonl", ".ndjson", ".json", ".dat"):
        bad = _field_mutation(rng, fields)
        text = bad if isinstance(bad, str) else json.dumps(bad, ensure_ascii=False)
        if fmt == ".json" and text.startswith("[") and rng.random() < 0.5:
            text = "[" + text + "]"  # a nested array: items are lists
        return (text.replace("\n", " ") + ("\n" if fmt != ".json" else "")).encode("utf-8", "surrogatepass"), "fields"
    if kind in ("fields", "format"):
        return _format_mutation(rng, fmt, fields), "format"
    if kind == "truncate":
        data = data[: rng.randrange(0, max(1, len(data)))]
    elif kind == "junk":
        for _ in range(rng.randint(1, 8)):
            pos = rng.randrange(len(data) + 1)
            junk = bytes(rng.choice([0x01, 0x07, 0x1B, 0x7F, 0xC3, 0xFF, 0xFE, 0x80, 0x22, 0x3C, 0x7B, 0x5B])
                         for _ in range(rng.randint(1, 4)))
            data = data[:pos] + junk + data[pos:]
    elif kind == "nul":
        pos = rng.randrange(len(data) + 1)
        data = data[:pos] + b"\x00" * rng.randint(1, 8) + data[pos:]
    elif kind == "encoding":
        text = data.decode("utf-8")
        codec = rng.choice(["utf-16-le", "utf-16", "utf-32", "latin-1", "cp1252", "utf-16-be"])
        data = text.encode(codec, "replace")
    elif kind == "bom":
        data = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]) + data
    else:
        data = rng.choice([b"", b" ", b"\n\n", b"\t \r\n", b"\x01", b"\xef\xbb\xbf"])
    if fmt in (".jsonl", ".ndjson", ".dat", ".csv") and kind != "encoding":
        data = _one_record(fmt, data)
    return data, kind


def _one_record(fmt: str, data: bytes) -> bytes:
    """Keep a line-based file to one record: the mutation may not split it into two lines."""
    if fmt == ".csv":
        head, _, rest = data.partition(b"\n")
        return head + b"\n" + re.sub(rb"[\r\n]", b" ", rest) + b"\n" if rest else data
    return re.sub(rb"[\r\n]", b" ", data) + b"\n"


def _format_mutation(rng: random.Random, fmt: str, fields: dict[str, Any]) -> bytes:
    text = fields["text"]
    if fmt == ".csv":
        return rng.choice([
            b"id,text,date\n",
            b"\xef\xbb\xbfid,text,date\r\n",
            f'id,text\n{fields["id"]},"{text}\n'.encode(),
            f'id,body\n{fields["id"]},{text}\n'.encode(),
            f'id,text,date\n{fields["id"]},{text},2022-02-30\n'.encode(),
        ])
    if fmt == ".html":
        return rng.choice([
            b"<html><body><nav><a href='/'>Home</a><a href='/n'>News</a></nav></body></html>",
            b"<html><body></body></html>",
            f'<html><head><meta property="article:published_time" content="2022-02-30"></head><body><article><p>{text}</p>'
            f"<p>{text}</p></article></body></html>".encode(),
            f'<html><head><meta charset="iso-8859-1"></head><body><article><p>{text}</p><p>{text}</p></article></body></html>'
            .encode("latin-1", "replace"),
            f'<html><head><meta charset="x-no-such"></head><body><p>{text}</p></body></html>'.encode(),
        ])
    if fmt in (".rss", ".atom"):
        bad_day = "Wed, 31 Apr 2022 10:00:00 GMT" if fmt == ".rss" else "2022-02-30T10:00:00Z"
        good = render(fmt, fields).decode()
        return rng.choice([
            re.sub(r"<pubDate>[^<]*</pubDate>|<updated>[^<]*</updated>",
                   f"<pubDate>{bad_day}</pubDate>" if fmt == ".rss" else f"<updated>{bad_day}</updated>", good).encode(),
            good.replace('encoding="utf-8"', 'encoding="ISO-8859-1"').encode("latin-1", "replace"),
            good.replace(text, "").encode(),
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
            good[: len(good) // 2].encode(),
        ])
    if fmt == ".txt":
        return rng.choice([b"\x01", "hello".encode("utf-32"), b"date 2022-02-30\n" + text.encode(), b"\x1b[31m\x1b[0m"])
    return rng.choice([b"", b"\n  \n", b"[]", b"{", b'{"text": "' + b"\\ud800" + b'"}'])


def special_files(folder: Path) -> list[Path]:
    """A FIFO, a link to /dev/zero, a dangling link and a link loop, each one input."""
    made = []
    fifo = folder / "special-fifo.txt"
    os.mkfifo(fifo)
    made.append(fifo)
    for name, target in (("special-zero.txt", "/dev/zero"), ("special-dangling.txt", str(folder / "gone.txt"))):
        (folder / name).symlink_to(target)
        made.append(folder / name)
    (folder / "special-loop-a.txt").symlink_to(folder / "special-loop-b.txt")
    (folder / "special-loop-b.txt").symlink_to(folder / "special-loop-a.txt")
    made += [folder / "special-loop-a.txt", folder / "special-loop-b.txt"]
    return made


def generate(folder: Path, n: int, seed: int, bad_share: float = 0.8) -> tuple[list[Path], dict[Path, str], Counter]:
    """``n`` files in ``folder``: (paths, {good path: its text}, how many of each mutation)."""
    rng = random.Random(seed)
    paths: list[Path] = []
    good: dict[Path, str] = {}
    kinds: Counter = Counter()
    for serial in range(n):
        fmt = FORMATS[serial % len(FORMATS)]
        fields = {"id": f"fz-{seed}-{serial}", "text": article_text(rng, serial), "date": "2022-03-30",
                  "title": f"Title {serial}"}
        path = folder / f"f{serial:05d}{fmt}"
        if rng.random() < bad_share:
            data, kind = mutate(rng, fmt, fields)
        else:
            data, kind = render(fmt, fields), "good"
            good[path] = fields["text"] + ("\n" if fmt == ".txt" else "")  # a .txt body is kept as written
        kinds[kind] += 1
        path.write_bytes(data)
        paths.append(path)
    specials = special_files(folder)
    kinds["special"] += len(specials)
    return paths + specials, good, kinds


def check_reading(paths: list[Path], good: dict[Path, str]) -> dict[str, Any]:
    """Read each file alone: exactly one record, coded; good files intact."""
    from dateline.ingest import Article, Failure, read_inputs

    problems: list[str] = []
    codes: Counter = Counter()
    for path in paths:
        try:
            items = list(read_inputs([path], max_chars=MAX_CHARS))
        except BaseException as exc:  # noqa: BLE001 - the very thing this script looks for
            problems.append(f"{path.name}: raised {type(exc).__name__}: {exc}")
            continue
        if len(items) != 1:
            problems.append(f"{path.name}: {len(items)} records")
        for item in items:
            if isinstance(item, Failure):
                codes[item.error.code] += 1
                if not CODE.match(item.error.code) or item.error.code == "E139":
                    problems.append(f"{path.name}: {item.error}")
                json.dumps(item.to_record(), ensure_ascii=False).encode("utf-8")
            elif isinstance(item, Article):
                codes["article"] += 1
                item.text.encode("utf-8")
        if path in good and not (len(items) == 1 and isinstance(items[0], Article) and _intact(path, items[0].text, good)):
            problems.append(f"{path.name}: the good article did not come out intact")
    return {"records": dict(sorted(codes.items())), "problems": problems}


def _intact(path: Path, text: str, good: dict[Path, str]) -> bool:
    """The good article's text came out: exactly, or (a web page, whose extractor joins the
    title and paragraphs) as a part of what came out."""
    return text == good[path] or (path.suffix == ".html" and good[path] in text)


def check_pipeline(paths: list[Path], good: dict[Path, str], ingest: bool, folder: Path) -> dict[str, Any]:
    """All files in one stream through the pipeline (and the store): one record per input."""
    from dateline.api import analyze_paths, pipeline
    from dateline.api import ingest as ingest_paths
    from dateline.ingest import read_inputs

    problems: list[str] = []
    expected = sum(1 for _ in read_inputs(paths, max_chars=MAX_CHARS))
    nlp = pipeline()
    started = time.perf_counter()
    records = list(analyze_paths(paths, nlp=nlp, max_chars=MAX_CHARS))
    result: dict[str, Any] = {"analysed_records": len(records), "analyse_seconds": round(time.perf_counter() - started, 1)}
    if len(records) != expected:
        problems.append(f"analyze gave {len(records)} records for {expected} inputs")
    failures = [r for r in records if r.get("error_code") == "E200"]
    problems += [f"pipeline failure: {r['error']}" for r in failures]
    texts = "\n\x00".join(r.get("text") or "" for r in records if "error" not in r)
    problems += [f"{p.name}: good article missing from analyze" for p, t in good.items() if t not in texts]
    for record in records:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    if ingest:
        from dateline.store import open_store

        started = time.perf_counter()
        with open_store(folder / "fuzz.db") as store:
            outcome = ingest_paths(paths, store, nlp=nlp, max_chars=MAX_CHARS)
            result["ingest_outcome"] = outcome
            result["ingest_seconds"] = round(time.perf_counter() - started, 1)
            if sum(outcome.values()) != expected:
                problems.append(f"ingest accounted for {sum(outcome.values())} of {expected} inputs")
            stored = "\n\x00".join(store.get(i)["text"] for i in store.article_ids())
            problems += [f"{p.name}: good article not stored" for p, t in good.items() if t not in stored]
    result["problems"] = problems
    return result


def run(n: int, seed: int, analyze: bool = False, ingest: bool = False, folder: Path | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dateline-fuzz-") as tmp:
        where = folder or Path(tmp)
        started = time.perf_counter()
        paths, good, kinds = generate(where, n, seed)
        reading = check_reading(paths, good)
        figures: dict[str, Any] = {
            "seed": seed, "files": len(paths), "good_files": len(good), "mutations": dict(sorted(kinds.items())),
            "read": reading["records"], "read_seconds": round(time.perf_counter() - started, 1),
        }
        problems = reading["problems"]
        if analyze or ingest:
            piped = check_pipeline(paths, good, ingest, where)
            problems += piped.pop("problems")
            figures.update(piped)
        figures["handled"] = len(paths) - len({p.split(":")[0] for p in problems})
        figures["problems"] = problems[:50]
        figures["problem_count"] = len(problems)
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000, help="How many files to generate (default 3000).")
    parser.add_argument("--seed", type=int, default=16, help="Random seed (default 16).")
    parser.add_argument("--analyze", action="store_true", help="Also run every file through the pipeline.")
    parser.add_argument("--ingest", action="store_true", help="Also ingest every file into a new SQLite store.")
    args = parser.parse_args()
    figures = run(args.files, args.seed, args.analyze, args.ingest)
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    sys.exit(1 if figures["problem_count"] else 0)


if __name__ == "__main__":
    main()
