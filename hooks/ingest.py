"""Import a scraped news page as an article of the archive, and report who and what in it is new.

    python hooks/ingest.py RAW_FILE [--title T] [--date YYYY-MM-DD] [--outlet O] [--url U]
                           [--dry-run] [--json] [--force]

Run from the repository root. The reading is done by chronicle.scrape, chronicle.importer and chronicle.report;
this file reads the input, writes the article and prints. Exit status: 0 when imported (or, with --dry-run, when it
would be), 2 on any error, with nothing written."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from chronicle.errors import DataError  # noqa: E402
from chronicle.importer import Given, check_new, draft_article, own_slug  # noqa: E402
from chronicle.load import load_articles, load_registry  # noqa: E402
from chronicle.report import build_report, to_json, to_text  # noqa: E402
from chronicle.scrape import decode_raw, read_page  # noqa: E402

EXIT_ERROR = 2
ARTICLES_DIR, DATA_DIR = "articles", "articles/data"  # as chronicle.build reads them (it also loads the templates)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python hooks/ingest.py", description=__doc__.split("\n")[0])
    p.add_argument("raw_file", metavar="RAW_FILE", help="the page's text as scraped")
    p.add_argument("--title", help="the headline, where the text prints none (or to replace the printed one)")
    p.add_argument("--date", help="the publication date, YYYY-MM-DD, where the text prints none")
    p.add_argument("--outlet", help="the outlet, where the text names none")
    p.add_argument("--url", help="the source address (http or https)")
    p.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--force", action="store_true",
                   help="replace an article of the same slug, or of the same text under another name")
    return p.parse_args(argv)


def run(args: argparse.Namespace) -> tuple[str, list[str]]:
    """Import; returns the report to print and the warnings. Raises DataError, having written nothing."""
    try:
        data = Path(args.raw_file).read_bytes()
    except OSError as exc:
        raise DataError(args.raw_file, None, f"cannot be read ({exc.strerror or exc})",
                        "give the path of a readable text file") from None
    raw = decode_raw(data, args.raw_file)
    warnings = list(raw.warnings)
    articles = load_articles(ROOT / ARTICLES_DIR, ROOT)
    registry = load_registry(ROOT / DATA_DIR, articles, ROOT)
    kinds = {s: e.kind for e in registry.entities.values() for s in e.spellings + e.short}
    page = read_page(raw.text, args.title, kinds, args.raw_file, args.url)
    draft, notes = draft_article(page, Given(args.title, args.date, args.outlet, args.url), args.raw_file)
    draft = own_slug(draft, articles)
    warnings += notes
    target = ROOT / ARTICLES_DIR / draft.filename
    replaced, notes = check_new(draft, articles, registry, args.force, args.raw_file)
    warnings += notes
    if target.exists() and not args.force:  # a file the archive does not load as an article, but a file all the same
        raise DataError(args.raw_file, None, f"would overwrite {target.relative_to(ROOT).as_posix()}",
                        "nothing was written; pass --force to replace it")
    text = draft.markdown()
    if not args.dry_run:
        write_atomically(target, text)
        if replaced:
            (ROOT / replaced).unlink()
    file = target.relative_to(ROOT).as_posix()
    report = build_report(args.raw_file, file, draft, page, registry, written=not args.dry_run,
                          dry_run=args.dry_run, replaced=replaced, warnings=warnings)
    out = json.dumps(to_json(report), ensure_ascii=False, indent=2) + "\n" if args.json else to_text(report)
    return out, warnings


def write_atomically(path: Path, text: str) -> None:
    """Write the whole file or nothing: a crash leaves no half article for the build to trip on."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8")
    try:
        out, warnings = run(args)
    except DataError as exc:
        message = f"Import error: {exc}"
        print(message, file=sys.stderr)
        if args.json:
            print(json.dumps({"error": message}, ensure_ascii=False))
        return EXIT_ERROR
    for warning in warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
