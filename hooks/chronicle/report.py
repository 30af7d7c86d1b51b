"""The import report: what the file holds and where each field came from, the lines kept and dropped, the mentions
the site will link, the candidates (names and dated phrases) with their YAML, as text for a curator or as one JSON
object for a script. The README documents every JSON field."""

from __future__ import annotations

from dataclasses import dataclass

from .candidates import Candidate, EventCandidate, find_candidates, find_event_candidates
from .importer import Draft
from .match import NameIndex, resolve_mentions
from .model import Mention, Registry
from .scrape import Dropped, ScrapedPage

FIELDS = ("title", "outlet", "date", "news_id", "dateline", "url")


@dataclass(frozen=True)
class KeptBlock:
    block: str  # its anchor on the article page: p-1, h-1, c-1
    line: int
    kind: str
    text: str


@dataclass(frozen=True)
class ImportReport:
    source: str  # the scraped file, as named on the command line
    file: str  # the article file, relative to the repository
    written: bool
    dry_run: bool
    replaced: str | None  # an article file of the same text under another name, removed by --force
    draft: Draft
    kept: tuple[KeptBlock, ...]
    dropped: tuple[Dropped, ...]
    mentions: tuple[Mention, ...]  # resolved
    unlinked: tuple[Mention, ...]
    candidates: tuple[Candidate, ...]
    events: tuple[EventCandidate, ...]
    warnings: tuple[str, ...]


def build_report(source: str, file: str, draft: Draft, page: ScrapedPage, registry: Registry, *, written: bool,
                 dry_run: bool, replaced: str | None, warnings: list[str]) -> ImportReport:
    article = draft.article(file)
    index = NameIndex(registry.entities.values())
    mentions = resolve_mentions(article, index)
    kept = tuple(KeptBlock(b.anchor, k.line, k.kind, k.text) for b, k in zip(article.blocks, page.kept))
    return ImportReport(
        source=source, file=file, written=written, dry_run=dry_run, replaced=replaced, draft=draft, kept=kept,
        dropped=page.dropped,
        mentions=tuple(m for m in mentions if m.entity),
        unlinked=tuple(m for m in mentions if not m.entity),
        candidates=tuple(find_candidates(article, registry, index.trie, mentions)),
        events=tuple(find_event_candidates(article, registry, mentions)),
        warnings=tuple(warnings),
    )


def to_json(r: ImportReport) -> dict:
    d = r.draft
    values = {"title": d.title, "outlet": d.outlet, "date": d.date.isoformat(), "news_id": d.news_id,
              "dateline": d.dateline, "url": d.url}
    return {
        "source": r.source,
        "file": r.file,
        "written": r.written,
        "dry_run": r.dry_run,
        "replaced": r.replaced,
        **values,
        "supplied": dict(d.supplied),
        "sources": dict(d.sources),
        "kept": [{"block": k.block, "line": k.line, "kind": k.kind, "text": k.text} for k in r.kept],
        "dropped": [{"line": x.line, "reason": x.reason, "text": x.text} for x in r.dropped],
        "mentions": [{"entity": m.entity, "text": m.text, "block": m.block, "rule": m.rule} for m in r.mentions],
        "unlinked": [{"text": m.text, "block": m.block, "reason": m.reason, "candidates": list(m.candidates)}
                     for m in r.unlinked],
        "candidates": [{"name": c.name, "kind": c.kind, "judged_by": c.judged_by, "sentence": c.sentence,
                        "block": c.block, "may_be": [{"id": i, "spelling": s} for i, s in c.may_be],
                        "short": list(c.short), "data_file": c.data_file, "yaml": c.yaml} for c in r.candidates],
        "events": [{"phrase": e.phrase, "unit": e.unit, "date": e.date.iso(), "sentence": e.sentence,
                    "block": e.block, "start": e.start, "known_events": list(e.known_events), "yaml": e.yaml}
                   for e in r.events],
        "warnings": list(r.warnings),
    }


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _indent(text: str, prefix: str = "      ") -> list[str]:
    return [prefix + line for line in text.rstrip("\n").split("\n")]


def to_text(r: ImportReport) -> str:
    d = r.draft
    state = "dry run, nothing written" if r.dry_run else "written" if r.written else "not written"
    out = [f"{r.file} ({state}), from {r.source}"]
    if r.replaced:
        out.append(f"  replaces {r.replaced} (the same text)")
    sources = dict(d.sources)
    for field in FIELDS:
        value = getattr(d, field)
        if value:
            value = value.isoformat() if field == "date" else value
            out.append(f"  {field:<9} {value}  [{sources.get(field, '')}]")
    for field, note in d.supplied:
        out.append(f"  supplied  {field}: {note}")

    out += ["", f"Kept: {len(r.kept)} blocks"]
    out += [f"  {k.block:<6} line {k.line:<4} {k.kind:<8} {_clip(k.text)}" for k in r.kept]
    out += ["", f"Dropped: {len(r.dropped)} lines"]
    out += [f"  line {x.line:<4} {x.reason:<29} {_clip(x.text, 70)}" for x in r.dropped]

    by_entity: dict[str, list[Mention]] = {}
    for m in r.mentions:
        by_entity.setdefault(m.entity, []).append(m)
    out += ["", f"Mentions resolved: {len(r.mentions)}, of {len(by_entity)} entries of the data"]
    for ident, ms in sorted(by_entity.items()):
        forms: dict[str, list[str]] = {}
        for m in ms:
            forms.setdefault(m.text, []).append(m.block)
        out.append(f"  {ident:<34} " + "; ".join(f"'{t}' ({', '.join(b)})" for t, b in forms.items()))
        rules: dict[tuple[str, str], None] = {(m.text, m.rule): None for m in ms if m.rule}
        out += [f"      '{text}' as {rule}" for text, rule in rules]
    if r.unlinked:
        out += ["", f"Left unlinked: {len(r.unlinked)}"]
        out += [f"  {m.block:<6} '{m.text}': {m.reason}" for m in r.unlinked]

    out += ["", f"Candidates (not in the data): {len(r.candidates)}"]
    for c in r.candidates:
        may = "; may be " + ", ".join(f"{i} ('{s}')" for i, s in c.may_be) if c.may_be else ""
        out.append(f"  {c.kind:<12} {c.name}  [{c.judged_by}{may}]")
        out.append(f"      first in {c.block}: \"{_clip(c.sentence, 110)}\"")
        out.append(f"      for {c.data_file}:")
        out += _indent(c.yaml, "        ")
    out += ["", f"Candidate events (weekdays and months read against {d.date.isoformat()}): {len(r.events)}"]
    for e in r.events:
        same = f"; the data has then: {', '.join(e.known_events)}" if e.known_events else ""
        out.append(f"  '{e.phrase}' -> {e.date.iso()}{same}")
        out.append(f"      in {e.block}: \"{_clip(e.sentence, 110)}\"")
        out += _indent(e.yaml, "        ")
    if r.warnings:
        out += ["", "Warnings:"] + [f"  {w}" for w in r.warnings]
    if d.supplied:
        out += ["", "Before publishing: replace each 'supplied' note with how the field was established."]
    return "\n".join(out) + "\n"
