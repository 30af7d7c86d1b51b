"""Build-time benchmark: a synthetic archive of N articles and M people, built with the real hook, against
plain MkDocs + Material + its search over the same N article texts (no hook) with the same short nav.

    python tests/bench/build_bench.py --articles 2000 --people 2000 [--runs 3] [--keep DIR] [--search-latency]

Articles are made of paragraphs drawn from the real articles, with sentences naming generated people (each with
two or three spellings) and one generated event per two articles. Prints, for each build: wall time and CPU time
(medians of --runs; the archive's also without the time it waits for its search index, which its build log gives),
peak resident memory, pages, total bytes, the bytes per article and where they go (page kinds, the search index,
the theme's assets), the largest HTML page and the largest article page, the search index's bytes; the ratios; the
time of the annotation stage alone (load, match, annotate, render, without MkDocs); mention finding over the
articles' text with 200 and with 20,000 spellings; and, with --search-latency, how long Chromium takes from typing
a query on a freshly opened page to showing its results, and how many bytes that first query downloads. The open
data (downloads, feed, every page's JSON-LD) is timed made alone too."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "hooks"))

from chronicle.body import format_body, parse_body  # noqa: E402
from chronicle.load import load_articles  # noqa: E402

FIRST = ["Mohammad", "Ali", "Hassan", "Hossein", "Reza", "Mahdi", "Abbas", "Karim", "Jafar", "Hadi", "Nouri",
         "Adel", "Haidar", "Qasim", "Falih", "Hamid", "Saeed", "Majid", "Amir", "Salman"]
VARIANT = {"Mohammad": "Mohammed", "Hossein": "Husayn", "Mahdi": "Mehdi", "Qasim": "Qassim", "Jafar": "Jaafar",
           "Saeed": "Said", "Haidar": "Haider", "Reza": "Rida"}
SYLLABLES = ["ba", "da", "fa", "ga", "ha", "ja", "ka", "la", "ma", "na", "ra", "sa", "ta", "va", "za",
             "bi", "di", "ki", "mi", "ni", "ri", "si", "ti", "zi", "bo", "do", "ko", "mo", "ro", "to"]
ROLES = ["Minister of Oil", "Deputy Foreign Minister", "Governor of Basra", "Member of Parliament",
         "Ambassador to Baghdad", "Ambassador to Tehran", "Spokesman of the Foreign Ministry", "Army Commander"]


def surname(i: int) -> str:
    a, b, c = i % 30, (i // 30) % 30, (i // 900) % 30
    return (SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c] + "ni").capitalize()


def make_people(m: int, rng: random.Random) -> list[dict]:
    people = []
    for i in range(m):
        first, last = rng.choice(FIRST), surname(i)
        spellings = [f"{first} {last}"]
        if first in VARIANT:
            spellings.append(f"{VARIANT[first]} {last}")
        if i % 3 == 0:
            spellings.append(f"{first} al-{last}")
        people.append({
            "id": f"{first.lower()}-{last.lower()}-{i}", "name": spellings[0], "spellings": spellings,
            "short": [last], "country": "iran" if i % 2 else "iraq",
            "description": f"Generated person {i} for the build benchmark.",
            "roles": [{"title": rng.choice(ROLES), "from": "2015-01-01"}],
        })
    return people


def real_paragraphs() -> list[str]:
    return [b.text for a in load_articles(ROOT / "articles") for b in a.blocks if b.kind == "p"]


def make_archive(folder: Path, n: int, m: int, seed: int = 1) -> None:
    """The synthetic repository: config, docs and hooks of the real one; generated articles and data."""
    rng = random.Random(seed)
    for name in ("mkdocs.yml", "docs", "hooks", "overrides"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, folder / name)
    data = folder / "articles" / "data"
    data.mkdir(parents=True)
    real = yaml.safe_load((ROOT / "articles/data/people.yml").read_text(encoding="utf-8"))
    people = make_people(m, rng)
    (data / "people.yml").write_text(yaml.safe_dump(real + people, allow_unicode=True, sort_keys=False), "utf-8")
    for name in ("organisations", "places"):
        shutil.copy2(ROOT / f"articles/data/{name}.yml", data / f"{name}.yml")
    paragraphs = real_paragraphs()
    events = []
    start = dt.date(2015, 1, 1)
    for i in range(n):
        day = start + dt.timedelta(days=i * 3650 // max(n, 1))
        a, b = rng.sample(people, 2)
        lead = (f"{rng.choice(a['spellings'])} met {rng.choice(b['spellings'])} in Tehran on {day.strftime('%A')} "
                f"to discuss trade and security, in talks numbered {i}.")
        follow = f"{a['short'][0]} said the talks were useful, according to officials in Baghdad."
        body = [("p", lead)] + [("p", rng.choice(paragraphs)) for _ in range(rng.randint(6, 10))] + [("p", follow)]
        slug = f"{day.isoformat()}-synthetic-report-{i}"
        meta = {"title": f"Synthetic report {i}: {a['name']} meets {b['name']}", "outlet": f"Outlet {i % 40}",
                "date": day}
        (folder / "articles" / f"{slug}.md").write_text(
            "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + format_body(body),
            encoding="utf-8")
        if i % 2 == 0:
            events.append({"id": f"meeting-{i}", "name": f"{a['name']} meets {b['name']}",
                           "date": day.isoformat(), "place": "tehran", "description": "A generated meeting.",
                           "participants": [{"id": a["id"], "part": "host"}, {"id": b["id"], "part": "guest"}],
                           "reports": [{"article": slug, "passage": lead}]})
    (data / "events.yml").write_text(yaml.safe_dump(events, allow_unicode=True, sort_keys=False), "utf-8")


def make_baseline(folder: Path, archive: Path) -> None:
    """Plain MkDocs + Material + search: the same article texts as plain pages, the same short nav."""
    docs = folder / "docs"
    (docs / "articles").mkdir(parents=True)
    listing = ["# Articles", ""]
    for path in sorted((archive / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta_end = text.index("\n---\n", 4)
        meta = yaml.safe_load(text[4:meta_end])
        blocks = parse_body(text[meta_end + 5:])
        body = "\n\n".join(t for _, t in blocks)
        (docs / "articles" / path.name).write_text(f"# {meta['title']}\n\n{body}\n", encoding="utf-8")
        listing.append(f"- [{meta['title']}]({path.name})")
    (docs / "articles" / "index.md").write_text("\n".join(listing) + "\n", encoding="utf-8")
    (docs / "index.md").write_text("# Home\n\nThe baseline.\n", encoding="utf-8")
    config = {"site_name": "Baseline", "site_url": "http://127.0.0.1:8000/", "theme": {"name": "material",
              "font": False, "features": ["navigation.tabs"]}, "plugins": ["search"],
              "nav": [{"Home": "index.md"}, {"Articles": "articles/index.md"}],
              "validation": {"nav": {"omitted_files": "ignore"}}}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")


def build(project: Path, out: Path) -> tuple[float, float, int, float, float]:
    """Wall seconds, CPU seconds and peak resident bytes of one `mkdocs build`, run as its own process, and the
    wall and CPU seconds its search indexing took (0 when its log does not say).

    CPU time is user + system time of the build and of the processes it ran (Pagefind's indexer); peak memory is
    the build's peak plus the largest of theirs (an upper bound of what they held at once)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    shutil.rmtree(out, ignore_errors=True)
    code = ("import resource, sys, runpy; sys.argv = ['mkdocs'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('mkdocs', run_name='__main__')\nexcept SystemExit as e:\n"
            "    code = e.code\nelse:\n    code = 0\n"
            "me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print('usage', me.ru_maxrss + kids.ru_maxrss, me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,"
            " file=sys.stderr)\n"
            "sys.exit(code)")
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", code, "build", "-f", str(project / "mkdocs.yml"), "-d",
                          str(out)], env=env, cwd=project, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if run.returncode:
        raise SystemExit(run.stderr)
    _, rss_kb, cpu = next(line.split() for line in run.stderr.splitlines() if line.startswith("usage "))
    # The index is made while the theme renders the pages: what the build spends on it is the time it waits for it
    # after the pages (the pages' own time, slowed by sharing the processors with it, is counted as the build's).
    indexing = re.search(r"Search index written to \S+ in [\d.]+ s \(([\d.]+) s of CPU\), ([\d.]+) s of it after "
                         r"the pages", run.stderr)
    return (wall, float(cpu), int(rss_kb) * 1024, float(indexing[2]) if indexing else 0.0,
            float(indexing[1]) if indexing else 0.0)


def site_figures(out: Path) -> dict:
    html = list(out.rglob("*.html"))
    largest = max(html, key=lambda p: p.stat().st_size)
    articles = [p for p in html if p.parent.parent.name == "articles" and p.parent.name != "pages"]
    search = out / "pagefind" if (out / "pagefind").is_dir() else out / "search"
    parts: dict[str, int] = {}
    for path in out.rglob("*"):
        if path.is_file():
            parts[_part(path.relative_to(out))] = parts.get(_part(path.relative_to(out)), 0) + path.stat().st_size
    return {
        "pages": len(html),
        "frame_bytes": sum(map(frame_bytes, html)),
        "bytes": sum(parts.values()),
        "bytes_by_part": dict(sorted(parts.items(), key=lambda kv: -kv[1])),
        "largest_html": largest.stat().st_size,
        "largest_page": str(largest.relative_to(out)),
        "largest_article_html": max((p.stat().st_size for p in articles), default=0),
        "search_index_bytes": sum(p.stat().st_size for p in search.rglob("*") if p.is_file()),
    }


def frame_bytes(page: Path) -> int:
    """The bytes of a page outside its <article> element: the theme's frame around the content (head, header, tabs,
    navigation, footer, scripts), the same on every page but for the title and the links' depth."""
    data = page.read_bytes()
    start, end = data.find(b"<article"), data.rfind(b"</article>")
    return len(data) - (end + len(b"</article>") - start) if 0 <= start < end else len(data)


def _part(rel: Path) -> str:
    """Where a file of the site counts: its page kind (an article's page, a person's, their continuation pages,
    a section's index pages), the search index, the theme's and the site's assets."""
    top = rel.parts[0]
    if top in ("pagefind", "search"):
        return "search index"
    if top == "assets":
        return "assets"
    if rel.suffix != ".html" or len(rel.parts) == 1:
        return "other"
    if len(rel.parts) == 2 or rel.parts[1] == "pages":
        return "index pages"
    return top + (" (continued)" if len(rel.parts) > 3 else "")


def annotation_stage(project: Path) -> float:
    """Load, match, annotate and render every page, without MkDocs."""
    from chronicle.build import load_archive, render_pages

    t0 = time.perf_counter()
    render_pages(load_archive(project))
    return time.perf_counter() - t0


def open_data_stage(project: Path) -> dict:
    """Seconds to make the downloads and the feed (`exports.site_files`) and every generated page's JSON-LD
    (`linked_data.page_node`, written as its script element) from the loaded archive, and the downloads' bytes."""
    from chronicle import exports, linked_data
    from chronicle.build import load_archive
    from chronicle.pages import Renderer

    archive = load_archive(project)
    day = dt.date(2026, 1, 1)
    t0 = time.perf_counter()
    files = exports.site_files(archive, day, "https://example.org/archive/", "Bench")
    t1 = time.perf_counter()
    renderer = Renderer(archive, {}, day)
    things = list(archive.articles) + list(archive.registry.entities.values()) + list(archive.registry.events.values())
    for thing in things:
        renderer.here = f"{thing.src_uri[:-3]}/"
        linked_data.script_element(linked_data.page_node(archive, renderer.url, day, thing))
    t2 = time.perf_counter()
    return {"downloads_s": t1 - t0, "json_ld_s": t2 - t1, "pages": len(things),
            "bytes": {path: len(content if isinstance(content, bytes) else content.encode("utf-8"))
                      for path, content in files.items()}}


def matching_scale(project: Path, rounds: int = 5) -> dict:
    """Seconds to find mentions in every article's text with 200 spellings and with 20,000 (same text)."""
    from chronicle.load import load_articles
    from chronicle.match import SpellingTrie
    from chronicle.model import Entity

    texts = [b.text for a in load_articles(project / "articles") for b in a.blocks]
    people = make_people(15_000, random.Random(2))  # one to three spellings each: enough for 20,000

    def trie(n: int) -> SpellingTrie:
        entities, size = [], 0
        for p in people:
            if size >= n:
                break
            spellings = tuple(p["spellings"][: n - size])
            size += len(spellings)
            entities.append(Entity("person", p["id"], p["name"], spellings, (), "", "bench"))
        return SpellingTrie(entities)

    out = {}
    for n in (200, 20_000):
        t = trie(n)
        best = min(_timed(lambda: [list(t.scan(x)) for x in texts]) for _ in range(rounds))
        out[n] = {"spellings": t.size, "seconds": best}
    out["ratio"] = out[20_000]["seconds"] / out[200]["seconds"]
    return out


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


# The result a site's search shows: the archive's (Pagefind's) and Material's, for the baseline.
RESULT = ".archive-search__result, .md-search-result__item"
# Timed in the page, from the first key typed to the first result in the document: Playwright's own round trips to
# the browser, which took up to 0.4 s on the loaded development machine, are not the reader's wait.
TIMER = """result => {
  document.addEventListener("keydown", () => { window.__typed = window.__typed || performance.now(); }, true);
  new MutationObserver((_, seen) => {
    if (document.querySelector(result)) { window.__shown = performance.now(); seen.disconnect(); }
  }).observe(document.body, { childList: true, subtree: true });
}"""


def search_latency(site: Path, query: str) -> dict | None:
    """In Chromium, on a page opened afresh (empty cache) from the site served as GitHub Pages serves it (gzip):
    the bytes the page downloads before the reader types (its own and what it fetches by itself), then the seconds
    from typing `query` to its results shown, and the bytes that first query downloads (as sent, compressed)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    sys.path.insert(0, str(ROOT / "tests"))
    from browsing import CHROMIUM_ARGS, serve

    with serve(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        fetched: list[tuple[str, int]] = []
        page.on("requestfinished", lambda r: fetched.append((r.url, r.sizes()["responseBodySize"])))
        page.goto(url, wait_until="networkidle")
        before = len(fetched)
        page_bytes = sum(size for _, size in fetched)
        page.keyboard.press("/")
        page.evaluate(TIMER, RESULT)
        page.keyboard.type(query)
        page.wait_for_selector(RESULT, timeout=120_000)
        elapsed = page.evaluate("() => (window.__shown - window.__typed) / 1000")
        page.wait_for_load_state("networkidle")
        query_files = fetched[before:]
        browser.close()
    return {"seconds": elapsed, "page_bytes": page_bytes, "query_bytes": sum(size for _, size in query_files),
            "query_files": len(query_files),
            "largest_query_file": max(((size, u.rsplit("/", 2)[-2] + "/" + u.rsplit("/", 1)[-1])
                                       for u, size in query_files), default=(0, ""))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--search-latency", action="store_true", help="time the first search query in Chromium")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    archive, baseline = work / "archive", work / "baseline"
    for folder in (archive, baseline):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    make_archive(archive, args.articles, args.people)
    make_baseline(baseline, archive)
    builds = {"baseline": baseline, "archive": archive}
    runs: dict[str, list[tuple[float, float, int, float, float]]] = {name: [] for name in builds}
    for _ in range(args.runs):  # interleaved, so drift hits all alike
        for name, project in builds.items():
            runs[name].append(build(project, work / f"site-{name}"))
    stage = statistics.median(annotation_stage(archive) for _ in range(args.runs))
    result = {"articles": args.articles, "people": args.people, "runs": args.runs, "annotation_stage_s": stage,
              "matching": matching_scale(archive), "open_data": open_data_stage(archive)}
    for name in builds:
        walls, cpus, peaks, indexing, indexing_cpu = zip(*runs[name])
        result[name] = {"wall_s": statistics.median(walls), "wall_all_s": list(walls),
                        "without_index_s": statistics.median(w - i for w, i in zip(walls, indexing)),
                        "index_s": statistics.median(indexing),
                        "cpu_s": statistics.median(cpus), "cpu_all_s": list(cpus),
                        "cpu_without_index_s": statistics.median(c - i for c, i in zip(cpus, indexing_cpu)),
                        "index_cpu_s": statistics.median(indexing_cpu), "peak_rss_bytes": max(peaks),
                        **site_figures(work / f"site-{name}")}
        result[name]["bytes_per_article"] = result[name]["bytes"] / args.articles
        if args.search_latency:
            result[name]["first_query"] = search_latency(work / f"site-{name}", "Tehran")
    base = result["baseline"]
    result["ratio_time_without_index"] = result["archive"]["without_index_s"] / base["wall_s"]
    result["ratio_time"] = result["archive"]["wall_s"] / base["wall_s"]
    result["ratio_cpu"] = result["archive"]["cpu_s"] / base["cpu_s"]
    result["ratio_cpu_without_index"] = result["archive"]["cpu_without_index_s"] / base["cpu_s"]
    result["ratio_bytes"] = result["archive"]["bytes"] / base["bytes"]
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"N={args.articles} articles, M={args.people} people, median of {args.runs} runs")
        print(f"{'':10} {'wall s':>7} {'no index':>8} {'CPU s':>7} {'peak MB':>8} {'pages':>6} {'site MB':>8} "
              f"{'KB/art.':>8} {'largest KB':>11} {'article KB':>11} {'search MB':>10}")
        for name in builds:
            r = result[name]
            print(f"{name:10} {r['wall_s']:7.2f} {r['without_index_s']:8.2f} {r['cpu_s']:7.2f} "
                  f"{r['peak_rss_bytes'] / 2**20:8.0f} {r['pages']:6d} {r['bytes'] / 1e6:8.1f} "
                  f"{r['bytes_per_article'] / 1e3:8.1f} {r['largest_html'] / 1e3:11.1f} "
                  f"{r['largest_article_html'] / 1e3:11.1f} {r['search_index_bytes'] / 1e6:10.2f}   "
                  f"(largest: {r['largest_page']})")
            print("           per article: " + ", ".join(f"{part} {size / args.articles / 1e3:.1f} KB"
                                                           for part, size in r["bytes_by_part"].items()))
            print(f"           the theme's frame (a page's bytes outside its <article>): "
                  f"{r['frame_bytes'] / r['pages'] / 1e3:.1f} KB a page, "
                  f"{r['frame_bytes'] / args.articles / 1e3:.1f} KB an article")
            q = r.get("first_query")
            if q:
                print(f"           first query: {q['seconds']:.2f} s, {q['query_bytes'] / 1e3:.0f} KB in "
                      f"{q['query_files']} files (largest {q['largest_query_file'][0] / 1e3:.0f} KB, "
                      f"{q['largest_query_file'][1]}); the page before it: {q['page_bytes'] / 1e3:.0f} KB")
        print(f"ratio archive/baseline: wall {result['ratio_time']:.2f} (without the search index "
              f"{result['ratio_time_without_index']:.2f}), CPU {result['ratio_cpu']:.2f} (without the search index "
              f"{result['ratio_cpu_without_index']:.2f}); bytes {result['ratio_bytes']:.2f}")
        print(f"annotation stage alone: {stage:.2f} s")
        o = result["open_data"]
        print(f"open data: downloads and feed {o['downloads_s']:.2f} s ({sum(o['bytes'].values()) / 1e6:.1f} MB, "
              f"of which mentions.jsonld.gz {o['bytes']['data/mentions.jsonld.gz'] / 1e6:.1f} MB); JSON-LD of "
              f"{o['pages']} pages {o['json_ld_s']:.2f} s")
        m = result["matching"]
        print(f"mention finding over all article text: {m[200]['seconds']:.3f} s with {m[200]['spellings']} "
              f"spellings, {m[20_000]['seconds']:.3f} s with {m[20_000]['spellings']}: ratio {m['ratio']:.2f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
