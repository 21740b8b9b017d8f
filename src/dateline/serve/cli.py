"""The ``dateline`` command line: a thin shell over the library (analyse, ingest, search, ...).

Errors are printed as one line with their code (no traceback unless --debug); a batch never
stops on one bad input.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from dateline.errors import (
    BadDateOption,
    DatelineError,
    Interrupted,
    NoInputs,
    OutputNotWritable,
    UnsupportedEvalOption,
)
from dateline.evaluation import CAPABILITIES

EPILOG_STYLE: dict[str, Any] = {"context_settings": {"help_option_names": ["-h", "--help"], "max_content_width": 100}}


def _date_option(value: str | None) -> str | None:
    from dateline.ingest import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except DatelineError:
        raise BadDateOption(value=value) from None


def _open_output(output: str) -> TextIO:
    """The -o file opened for writing now, so a missing folder or a read-only file is an
    E007 before any article is analysed."""
    try:
        return open(output, "w", encoding="utf-8")
    except OSError as exc:
        raise OutputNotWritable(path=output, reason=exc.strerror or str(exc)) from None


def _write(record: dict[str, Any], out: TextIO, pretty: bool = False) -> None:
    out.write(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
    out.write("\n")


@click.group(**EPILOG_STYLE)
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="DATELINE_CONFIG",
              help="A TOML file overriding the default config (see 'dateline config').")
@click.version_option(package_name="dateline")
@click.pass_context
def cli(ctx: click.Context, debug: bool, config_path: str | None) -> None:
    """dateline: who said what, and who did what to whom, where and when, in dated news.

    \b
    Quick start:
      dateline analyze article.txt                 # contract JSON Lines on stdout
      dateline ingest articles/ --db news.db       # analyse and store a folder
      dateline search "Chernihiv" --db news.db     # full-text search the store
      dateline show ID --db news.db                # one stored article as JSON
    """
    ctx.obj = {"debug": debug, "config": config_path}
    if debug:
        os.environ["DATELINE_DEBUG"] = "1"


def _pipeline(ctx: click.Context):
    from dateline.api import pipeline

    return pipeline(ctx.obj.get("config"))


def _settings(ctx: click.Context) -> dict[str, Any]:
    from dateline.config import load_config

    return load_config(ctx.obj.get("config"))


@cli.command(**EPILOG_STYLE)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="JSON Lines (one record per line) or one JSON array.")
@click.option("-o", "--output", type=click.Path(), help="Write here instead of stdout (checked before any work).")
@click.option("--max-chars", type=int, help="Longest article accepted, in characters (default 1,000,000).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes for the pipeline (each loads the model once).")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run: keep the records already in -o FILE (JSON Lines) and analyse only the rest.")
@click.pass_context
def analyze(ctx: click.Context, paths: tuple[str, ...], date: str | None, fmt: str, output: str | None,
            max_chars: int | None, workers: int, resume: bool) -> None:
    """Analyse articles and print one contract record per article, in input order.

    PATHS are files or folders (recursed): .txt (optional 'date YYYY-MM-DD' header), .jsonl /
    .ndjson and .csv corpora (fields id, text, date, title, url, source), .json (an article
    object or an array of them), .html pages, RSS/Atom feeds (.xml, .rss, .atom). Every input
    is accounted for: one that cannot be read gives a record with "error" and a code set; the
    exit code is non-zero only when every input failed.

    \b
    Examples:
      dateline analyze ../shared/seed/000_69507c40d49164b4.txt
      dateline analyze corpus.jsonl --date 2022-03-30 -o records.jsonl
      dateline analyze pages/ --format json
      dateline analyze archive/ -o records.jsonl --resume   # after an interruption
    """
    from dateline.api import analyze_paths
    from dateline.serve.progress import track

    if not paths:
        raise NoInputs(detail="e.g. dateline analyze article.txt")
    if max_chars is not None and max_chars < 1:
        from dateline.errors import BadConfigValue

        raise BadConfigValue(section="pipeline", key="max_chars (--max-chars)", value=max_chars,
                             expected="it must be a whole number of characters, 1 or more")
    if resume:
        _analyze_resume(ctx, paths, date, fmt, output, max_chars, workers)
        return
    out = _open_output(output) if output else sys.stdout  # before the model loads: fail fast
    records = track(
        analyze_paths(paths, _date_option(date), config=ctx.obj.get("config"), nlp=_pipeline(ctx),
                      workers=workers, max_chars=max_chars),
        "analysing",
    )
    good = bad = 0
    try:
        if fmt == "json":
            out.write("[\n")
        for record in records:
            if "error" in record:
                bad += 1
                click.echo(f"skipped: {record['error']}", err=True)
            else:
                good += 1
            if fmt == "json":
                out.write(("" if good + bad == 1 else ",\n") + json.dumps(record, ensure_ascii=False, indent=2))
            else:
                _write(record, out)
        if fmt == "json":
            out.write("\n]\n")
    finally:
        if output:
            out.close()
    if good == 0:
        click.echo(f"error: no input could be analysed ({bad} failed)", err=True)
        sys.exit(1)


def _analyze_resume(ctx: click.Context, paths: tuple[str, ...], date: str | None, fmt: str, output: str | None,
                    max_chars: int | None, workers: int) -> None:
    """analyze --resume: append to -o FILE what it does not hold yet, one flushed line each."""
    from dateline.errors import ResumeNeedsJsonl
    from dateline.ingest import read_inputs
    from dateline.nlp import analyze_records
    from dateline.run.resume import read_done, skip_done, sync, write_line
    from dateline.serve.progress import track

    if not output or fmt != "jsonl":
        raise ResumeNeedsJsonl()
    settings = _settings(ctx)
    done = read_done(output)
    items = skip_done(read_inputs(paths, default_date=_date_option(date),
                                  max_chars=max_chars or settings["pipeline"]["max_chars"]), done)
    good = bad = 0
    with open(output, "a", encoding="utf-8") as out:
        for record in track(analyze_records(_pipeline(ctx), items, settings["pipeline"]["batch_size"], workers), "analysing"):
            if "error" in record:
                bad += 1
                click.echo(f"skipped: {record['error']}", err=True)
            else:
                good += 1
            write_line(out, record)
        sync(out)
    click.echo(f"resumed {output}: {done.skipped} already there, {good} analysed now, {bad} failed", err=True)
    if good == 0 and bad and not done.ids:
        click.echo(f"error: no input could be analysed ({bad} failed)", err=True)
        sys.exit(1)


@cli.command(**EPILOG_STYLE)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", envvar="DATELINE_DB",
              help="SQLite file or SQLAlchemy URL of the store (default: the config's [store] url, dateline.db).")
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--force", is_flag=True, help="Re-analyse articles already in the store.")
@click.option("--quiet", "-q", is_flag=True, help="No summary at the end.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes for the pipeline (each loads the model once).")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run: also skip inputs whose failure the store has recorded already "
                   "(stored articles are always skipped unless --force).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, date: str | None, force: bool, quiet: bool,
           workers: int, resume: bool) -> None:
    """Analyse articles and store them (one transaction per article; re-ingesting is a no-op).

    Inputs are read as by 'dateline analyze'. Articles already stored are skipped unless
    --force; inputs that cannot be read are kept in the store's error list with their reason.

    \b
    Examples:
      dateline ingest ../shared/seed/ --db news.db
      dateline ingest feed.xml page.html corpus.jsonl
      dateline ingest archive/ --db news.db --resume     # after an interruption
      dateline ingest spark-out/ --db news.db            # a 'dateline spark' output, in bulk
    """
    from dateline.api import ingest as ingest_paths
    from dateline.serve.progress import track
    from dateline.store import open_store

    if not paths:
        raise NoInputs(detail="e.g. dateline ingest articles/ --db news.db")
    db = db or _settings(ctx)["store"]["url"]
    store = open_store(db)

    def skipped(record: dict[str, Any]) -> None:
        if "error" in record:
            click.echo(f"skipped: {record['error']}", err=True)

    outcome = ingest_paths(paths, store, force=force, workers=workers, date=_date_option(date), resume=resume,
                           config=ctx.obj.get("config"), nlp=_pipeline(ctx), on_record=skipped,
                           progress=lambda records: track(records, "ingesting"))
    if not quiet:
        _summary(store, outcome, db)
    if outcome["failed"] and not (outcome["added"] + outcome["replaced"] + outcome["unchanged"] + outcome["already stored"]):
        sys.exit(1)


def _summary(store: Any, outcome: dict[str, int], db: str) -> None:
    counts = store.counts()
    done = ", ".join(f"{n} {what}" for what, n in outcome.items() if n)
    click.echo(f"this run: {done or 'nothing to do'}", err=True)
    click.echo(
        f"the store now holds {counts['articles']} articles with {counts['entities']} entities, "
        f"{counts['quotes']} quotes, {counts['places']} places, {counts['times']} time expressions "
        f"and {counts['events']} events",
        err=True,
    )
    path = store.url.removeprefix("sqlite:///")
    click.echo(f"database: {path}", err=True)
    click.echo(
        f"search it: dateline search \"WORDS\" --db {db}   |   show one: dateline show ID --db {db}   |   who: dateline entities --db {db}",
        err=True,
    )


@cli.command(**EPILOG_STYLE)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Output folder: Parquet tables records/, events/, quotes/, places/, times/, entities/, errors/.")
@click.option("--master", help="Spark master URL (default local[*]; e.g. local[2], spark://host:7077, yarn).")
@click.option("--partitions", type=click.IntRange(min=1), help="Spark partitions (default: one per core, at most one per shard).")
@click.option("--shard-size", default=1000, show_default=True, type=click.IntRange(min=1),
              help="Articles per shard of a large JSON Lines or Parquet file (the unit of resumption).")
@click.option("--date", "date", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--json", "as_json", is_flag=True, help="Print the run's figures as JSON.")
@click.pass_context
def spark(ctx: click.Context, paths: tuple[str, ...], out: str, master: str | None, partitions: int | None,
          shard_size: int, date: str | None, as_json: bool) -> None:
    """Analyse an archive on Apache Spark into Parquet tables, resumably (pip install 'dateline[spark]').

    PATHS are what 'dateline analyze' reads, plus Parquet files with its columns (id, text,
    date, title, url, source). Each shard (a file, or --shard-size articles of a large one) is
    committed atomically and listed in OUT/_manifest/: a rerun, or a run started again after
    being killed, analyses only what is not done, and every article appears exactly once.
    records/ holds the contract JSON exactly as 'analyze' prints it, partitioned date=YYYY-MM-DD;
    load it into a store with 'dateline ingest OUT --db URL'.

    \b
    Examples:
      dateline spark archive/ --out parquet/ --master 'local[4]'
      dateline spark corpus.jsonl --out s3-mounted/run1 --master yarn --partitions 200
      dateline ingest parquet/ --db news.db
    """
    from dateline.run.spark import run

    if not paths:
        raise NoInputs(detail="e.g. dateline spark archive/ --out parquet/")
    result = run(list(paths), out, master=master, partitions=partitions, config=ctx.obj.get("config"),
                 default_date=_date_option(date), shard_size=shard_size)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(
        f"{result['shards']} shards: {result['skipped']} already done, {result['done_now']} done now "
        f"({result['articles']} articles, {result['errors']} errors) in {result['seconds']:.1f} s "
        f"(Spark start-up {result['startup_seconds']:.1f} s, {len(result['workers'])} worker processes); output: {out}",
        err=True,
    )


@cli.command(**EPILOG_STYLE)
@click.argument("query")
@click.option("--db", envvar="DATELINE_DB", help="The store to search (default: the config's [store] url, dateline.db).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1), help="Most hits to print.")
@click.pass_context
def search(ctx: click.Context, query: str, db: str | None, limit: int) -> None:
    """Full-text search over stored titles and texts; prints JSON Lines of hits.

    Each hit has id, date, title, snippet (matches in [brackets]) and score (higher is better).
    QUERY uses SQLite FTS5 syntax ("exact phrase", AND, OR, NOT, prefix*); plain words work.

    \b
    Examples:
      dateline search Chernihiv
      dateline search '"Russian army" withdrawal' --db news.db --limit 5
    """
    from dateline.store import open_store

    db = _existing_db(ctx, db)
    hits = open_store(db).search(query, limit)
    for hit in hits:
        _write(hit, sys.stdout)
    if not hits:  # stdout stays empty (JSON Lines); say so where a person reads
        click.echo(f"no stored article matches {query!r} in {db}", err=True)


@cli.command(**EPILOG_STYLE)
@click.argument("article_id")
@click.option("--db", envvar="DATELINE_DB", help="The store to read (default: the config's [store] url, dateline.db).")
@click.pass_context
def show(ctx: click.Context, article_id: str, db: str | None) -> None:
    """Print one stored article as its contract JSON record.

    \b
    Example:
      dateline show 7f91f9e80d8b70db --db news.db
    """
    from dateline.store import open_store

    db = _existing_db(ctx, db)
    _write(open_store(db).get(article_id), sys.stdout, pretty=True)


def _existing_db(ctx: click.Context, db: str | None) -> str:
    """The store to read: --db, else the config's [store] url; it must exist already."""
    from dateline.errors import StoreOpenError

    db = db or _settings(ctx)["store"]["url"]
    if "://" not in db and not Path(db).exists():
        raise StoreOpenError(url=db, reason="no such database file; create it with 'dateline ingest PATH --db FILE'")
    return db


@cli.command(**EPILOG_STYLE)
@click.option("--db", envvar="DATELINE_DB", help="The store to read (default: the config's [store] url, dateline.db).")
@click.option("--type", "type_", type=click.Choice(["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"], case_sensitive=False),
              help="Only entities of this type.")
@click.option("--name", "query", help="Only entities whose name or key contains this text.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="Most rows to print.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@click.pass_context
def entities(ctx: click.Context, db: str | None, type_: str | None, query: str | None, limit: int, as_json: bool) -> None:
    """List the entity registry: one row per canonical entity across all stored articles.

    Each row has the key, the most frequent name, type, country, sector and role, the aliases
    seen, first and last publication dates, and how many articles and mentions.

    \b
    Examples:
      dateline entities --db news.db --type PERSON
      dateline entities --name zelensk --json
    """
    from dateline.store import open_store

    db = _existing_db(ctx, db)
    rows = open_store(db).entities(type_, query, limit)
    if as_json:
        for row in rows:
            _write(row, sys.stdout)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("name", "key", "type", "country", "sector", "articles", "mentions", "seen", "aliases")
    for row in rows:
        aliases = ", ".join(a for a in row["aliases"] if a != row["name"])
        seen = row["first_seen"] or ""
        if row["last_seen"] and row["last_seen"] != row["first_seen"]:
            seen += f" – {row['last_seen']}"
        table.add_row(row["name"], row["key"], row["type"], row["country"] or "", row["sector"] or "",
                      str(row["article_count"]), str(row["mention_count"]), seen,
                      aliases if len(aliases) <= 48 else aliases[:47] + "…")
    Console(width=None if sys.stdout.isatty() else 160).print(table)


@cli.command(**EPILOG_STYLE)
@click.option("--db", envvar="DATELINE_DB", help="The store to serve (default: the config's [store] url, dateline.db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback only by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token-file", type=click.Path(dir_okay=False),
              help="A file holding the bearer token that POST /api/articles needs; without it writes are off.")
@click.pass_context
def serve(ctx: click.Context, db: str | None, host: str, port: int, token_file: str | None) -> None:
    """Serve the store over HTTP: the JSON API (/api, /docs) and the web pages to explore it.

    Everything is served from this machine (no CDN, no tile server). Reads never change the
    store; POST /api/articles analyses and stores an article only with the token.

    \b
    Examples:
      dateline serve --db news.db                 # then open http://127.0.0.1:8000/
      dateline serve --db postgresql+psycopg://user@host/db --port 8080
      dateline serve --db news.db --token-file token.txt
    """
    try:
        import uvicorn

        from dateline.serve.app import create_app, read_token
    except ImportError as exc:
        raise click.ClickException(f"dateline serve needs the web extra: pip install 'dateline[web]' ({exc})") from None
    from dateline.store import open_store

    db = _existing_db(ctx, db)
    token = read_token(token_file)
    store = open_store(db)
    store.warm_up()
    app = create_app(store, token=token)
    click.echo(f"serving {db} at http://{host}:{port}/  (API docs: /docs; writes {'on' if token else 'off'}; Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command("config", **EPILOG_STYLE)
def show_config() -> None:
    """Print the default configuration (commented TOML) to copy and edit for --config.

    \b
    Example:
      dateline config > my.toml && dateline --config my.toml analyze article.txt
    """
    from dateline.config import default_text
    from dateline.nlp.pipeline import describe_config

    click.echo(describe_config(default_text()), nl=False)


@cli.command(**EPILOG_STYLE)
@click.option("--source", type=click.Path(exists=True), help="Articles to run on (any input analyze accepts); "
              "default: the PolNeAR dev texts in ../shared/eval when present, else the bundled examples.")
@click.option("--limit", type=click.IntRange(min=1), help="Use at most this many articles.")
@click.option("--repeat", default=1, show_default=True, type=click.IntRange(min=1), help="Replicate the articles N times.")
@click.option("--rounds", default=2, show_default=True, type=click.IntRange(min=1),
              help="Alternate bare and full runs this many times; the best of each is kept.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def bench(ctx: click.Context, source: str | None, limit: int | None, repeat: int, rounds: int, as_json: bool) -> None:
    """Measure throughput: articles/s, words/s, peak memory, each component's share of the time,
    and the ratio to bare spaCy parsing (nlp.pipe of the same model) in the same run.

    \b
    Examples:
      dateline bench
      dateline bench --source corpus.jsonl --limit 200 --json
    """
    from dateline.run.bench import format_report, run_bench

    results = run_bench(_settings(ctx), source=source, limit=limit, repeat=repeat, rounds=rounds)
    click.echo(json.dumps(results, indent=2) if as_json else format_report(results))


@cli.command("eval", **EPILOG_STYLE)
@click.argument("capability", type=click.Choice(CAPABILITIES))
@click.option("--gold", type=click.Path(), help="The gold data (default: ../shared/eval beside the project).")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents (quick check).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--untouched", is_flag=True, help="quotes only: score the held-out PolNeAR train slice (articles 700-799) instead of dev.")
@click.option("--dataset", type=click.Choice(["voa_dev"]),
              help="events only: score on this data set instead (voa_dev: VOA news stories, "
                   "document-level metric; reports its dev, untouched, all and extra parts).")
@click.option("--part", "parts", multiple=True,
              type=click.Choice(["dev", "untouched", "all", "extra", "extra-untouched", "blind"]),
              help="events --dataset voa_dev only: score just this part (repeatable); while developing, "
                   "`--part dev --part extra` keeps the untouched figures out of sight; the held-out "
                   "extra-untouched and blind parts are scored only when named [default: dev, untouched, all, extra].")
@click.pass_context
def evaluate(ctx: click.Context, capability: str, gold: str | None, limit: int | None, as_json: bool,
             untouched: bool, dataset: str | None, parts: tuple[str, ...]) -> None:
    """Score one capability on the development gold sets with the metrics of EVAL.md.

    \b
    Examples:
      dateline eval quotes            # PolNeAR dev + the seed's quotes
      dateline eval quotes --untouched # the held-out PolNeAR train slice
      dateline eval places --limit 50 # LGL and GeoVirus, first 50 articles each
      dateline eval events --dataset voa_dev  # events on VOA news stories
      dateline eval events --dataset voa_dev --part dev  # its dev part only
    """
    import importlib

    if untouched and capability != "quotes":
        raise UnsupportedEvalOption(option="untouched", applies_to="quotes", capability=capability)
    if dataset and capability != "events":
        raise UnsupportedEvalOption(option="dataset", applies_to="events", capability=capability)
    if parts and dataset != "voa_dev":
        raise UnsupportedEvalOption(option="part", applies_to="events --dataset voa_dev", capability=capability)
    module = importlib.import_module(f"dateline.evaluation.{capability}" + ("_voa" if dataset == "voa_dev" else ""))
    extra: dict[str, Any] = {"untouched": True} if untouched else {"parts": parts} if parts else {}
    results = module.evaluate(gold=gold, limit=limit, nlp=_pipeline(ctx), **extra)
    click.echo(json.dumps(results, indent=2, default=str) if as_json else module.report(results))


@cli.command("export", **EPILOG_STYLE)
@click.option("--db", envvar="DATELINE_DB", help="The store to read (default: the config's [store] url, dateline.db).")
@click.option("--format", "fmt", required=True, type=click.Choice(["jsonl", "csv", "parquet", "geojson", "gdelt"]),
              help="jsonl: contract records; csv/parquet: one typed row per record; geojson: points; "
                   "gdelt: a GDELT 2.0 style event table.")
@click.option("--kind", type=click.Choice(["articles", "entities", "quotes", "places", "times", "events"]),
              help="Which records [default: events; articles (whole records) for jsonl].")
@click.option("--since", help="From this date on, inclusive (YYYY-MM-DD): an event's own date when it is a full day, "
                              "else its article's date.")
@click.option("--until", help="Up to this date, inclusive (YYYY-MM-DD).")
@click.option("--type", "type_", help="Event type (PLOVER, e.g. ASSAULT), entity type (PERSON), TIMEX type (DATE) "
                                      "or quote kind (direct); for articles, holding an event of this type.")
@click.option("--country", help="ISO 3166-1 alpha-3 (e.g. UKR): an event's actor or recipient, an entity's, a place's "
                                "or a quote speaker's country.")
@click.option("--source", help="Only articles from this source (exactly as stored).")
@click.option("-o", "--output", required=True, help="The file to write, or - for stdout.")
@click.pass_context
def export_command(ctx: click.Context, db: str | None, fmt: str, kind: str | None, since: str | None,
                   until: str | None, type_: str | None, country: str | None, source: str | None, output: str) -> None:
    """Export the store's records for R, pandas, QGIS or GDELT scripts, streamed (constant memory).

    \b
    Examples:
      dateline export --db news.db --format csv -o events.csv
      dateline export --db news.db --format parquet --kind quotes --since 2022-03-01 -o quotes.parquet
      dateline export --db news.db --format geojson --kind places --country UKR -o places.geojson
      dateline export --db news.db --format gdelt --type ASSAULT -o events.tsv
      dateline export --db news.db --format jsonl --source Reuters -o - | head
    """
    from dateline import export
    from dateline.serve.progress import track
    from dateline.store import open_store
    from dateline.store.export import ExportFilter

    kind = kind or export.default_kind(fmt)
    export.check(fmt, kind)
    flt = ExportFilter.make(kind, since, until, type_, country, source)
    store = open_store(_existing_db(ctx, db))
    bar = (lambda items, total: track(items, f"exporting {kind}", total)) if sys.stderr.isatty() else None
    written = export.write(store, fmt, kind, flt, output, progress=bar)
    if output != "-":
        click.echo(f"{written} {'features' if fmt == 'geojson' else 'rows'} written to {output}", err=True)
class _PipeClosed(Exception):
    """stdout's reader went away (not an OSError, so click does not turn it into exit 1)."""


class _PipeGuard:
    """sys.stdout, with a closed pipe turned into _PipeClosed."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise _PipeClosed from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise _PipeClosed from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
    except (OSError, AttributeError, ValueError):
        pass
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until exit


def main() -> None:
    """Console entry point: run the CLI, printing DatelineErrors without a traceback."""
    debug = "--debug" in sys.argv or os.environ.get("DATELINE_DEBUG") == "1"
    sys.stdout = _PipeGuard(sys.stdout)  # type: ignore[assignment]
    try:
        cli.main(prog_name="dateline", standalone_mode=False)
        # the work is done: a Ctrl-C that lands while the interpreter shuts down changes nothing
        # (it would otherwise end a finished run with status -2)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (click.exceptions.Abort, KeyboardInterrupt):  # Ctrl-C, at start-up or mid-run
        click.echo(f"error: {Interrupted(detail='; articles stored so far are kept whole')}", err=True)
        # os._exit, not sys.exit: with an interrupt during start-up's imports, sys.exit(130) was
        # seen to end in the interpreter re-raising SIGINT (status -2); every `with` block has
        # already unwound (stores closed) by the time we get here
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(130)
    except _PipeClosed:  # `dateline analyze ... | head`: the reader has all it wanted
        _silence_stdout()
        sys.exit(0)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DatelineError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # a pipe closed under a write the guard did not see
        _silence_stdout()
        sys.exit(0)
    except Exception as exc:
        if debug:
            raise
        click.echo(f"error: unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(3)


if __name__ == "__main__":
    main()
