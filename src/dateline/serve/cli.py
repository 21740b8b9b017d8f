"""The ``dateline`` command line: a thin shell over the library (analyse, ingest, search, ...).

Errors are printed as one line with their code (no traceback unless --debug); a batch never
stops on one bad input.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

import click

from dateline.errors import BadDateOption, DatelineError, NoInputs
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
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
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
    .ndjson and .csv corpora (fields id, text, date, title, url, source), .html pages, RSS/Atom
    feeds (.xml, .rss, .atom). An unreadable input gives a record with "error" set; the exit
    code is non-zero only when every input failed.

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
    if resume:
        _analyze_resume(ctx, paths, date, fmt, output, max_chars, workers)
        return
    records = track(
        analyze_paths(paths, _date_option(date), config=ctx.obj.get("config"), nlp=_pipeline(ctx),
                      workers=workers, max_chars=max_chars),
        "analysing",
    )
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
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
    from dateline.ingest import Article, read_inputs
    from dateline.nlp import analyze_records
    from dateline.serve.progress import track
    from dateline.store import open_store

    if not paths:
        raise NoInputs(detail="e.g. dateline ingest articles/ --db news.db")
    settings = _settings(ctx)
    db = db or settings["store"]["url"]
    store = open_store(db)
    outcome = {"added": 0, "replaced": 0, "unchanged": 0, "already stored": 0, "failed": 0}
    from dateline.run.records import ingest_analysed, is_analysed

    analysed = [p for p in paths if is_analysed(p)]
    if analysed:  # 'dateline spark' output folders and .parquet files: records, loaded in bulk
        for name, n in ingest_analysed(store, analysed, force=force).items():
            outcome[name] = outcome.get(name, 0) + n
        paths = tuple(p for p in paths if p not in analysed)
    failed_before: set[str] = set()
    if resume:
        from dateline.run.resume import recorded_failures

        failed_before = recorded_failures(store)

    def todo():  # streamed: an archive is never held in memory whole
        if not paths:
            return
        for item in read_inputs(paths, default_date=_date_option(date), max_chars=settings["pipeline"]["max_chars"]):
            if isinstance(item, Article) and not force and store.has(item.id):
                outcome["already stored"] += 1
            elif not isinstance(item, Article) and item.where in failed_before:
                outcome["failed before"] = outcome.get("failed before", 0) + 1
            else:
                yield item

    records = analyze_records(_pipeline(ctx), todo(), settings["pipeline"]["batch_size"], workers) if paths else iter([])
    for record in track(records, "ingesting"):
        if "error" in record:
            outcome["failed"] += 1
            store.record_error(record)
            click.echo(f"skipped: {record['error']}", err=True)
        else:
            outcome[store.write(record)] += 1
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
    click.echo(f"search it: dateline search \"WORDS\" --db {db}   |   show one: dateline show ID --db {db}   |   who: dateline entities --db {db}", err=True)


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
    for hit in open_store(db).search(query, limit):
        _write(hit, sys.stdout)


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
@click.pass_context
def evaluate(ctx: click.Context, capability: str, gold: str | None, limit: int | None, as_json: bool) -> None:
    """Score one capability on the development gold sets with the metrics of EVAL.md.

    \b
    Examples:
      dateline eval quotes            # PolNeAR dev + the seed's quotes
      dateline eval places --limit 50 # LGL and GeoVirus, first 50 articles each
    """
    import importlib

    module = importlib.import_module(f"dateline.evaluation.{capability}")
    results = module.evaluate(gold=gold, limit=limit, nlp=_pipeline(ctx))
    click.echo(json.dumps(results, indent=2, default=str) if as_json else module.report(results))


def main() -> None:
    """Console entry point: run the CLI, printing DatelineErrors without a traceback."""
    debug = "--debug" in sys.argv or os.environ.get("DATELINE_DEBUG") == "1"
    try:
        cli.main(prog_name="dateline", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except DatelineError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # `dateline analyze ... | head`
        sys.stderr.close()
        sys.exit(0)
    except Exception as exc:
        if debug:
            raise
        click.echo(f"error: unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(3)


if __name__ == "__main__":
    main()
