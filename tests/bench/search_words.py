"""Where a first search's time goes, word by word, on a built site: in Chromium, on the home page served as GitHub
Pages serves it, Pagefind's loading and init, then for each word its search (twice: the second has nothing left to
download, so it is the ranking alone), the pages it matches, and the data of the first results. Then, for each word
typed into the header's field key by key at a reader's pace (--pace ms between keys) on a home page opened afresh,
the seconds from the first key to the list answering the whole word. With --filters, on the articles index: the
seconds from opening its filters to their choices shown, and from ticking the first place to the results.

    python tests/bench/search_words.py SITE WORD [WORD ...]
    python tests/bench/build_bench.py --articles 20000 --people 5000 --runs 1 --keep DIR   # SITE = DIR/site-archive
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from browsing import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

# The options docs/assets/search.js gives Pagefind, and the number of results whose data it loads to rank them.
TIMED = """async ([word, ranked]) => {
  const ms = () => performance.now();
  const t0 = ms();
  window.__pf = window.__pf || await import(new URL("pagefind/pagefind.js", location.href).href).then(async pf => {
    await pf.options({ baseUrl: new URL(".", location.href).pathname, excerptLength: 30,
                       ranking: { metaWeights: { title: 5, spellings: 8 } } });
    await pf.init();
    return pf;
  });
  const t1 = ms();
  const found = await window.__pf.search(word);
  const t2 = ms();
  await window.__pf.search(word);
  const t3 = ms();
  await Promise.all(found.results.slice(0, ranked).map(r => r.data()));
  return { load: t1 - t0, search: t2 - t1, again: t3 - t2, data: ms() - t3, matches: found.results.length };
}"""
# Timed in the page: from the first key to the header's list answering `word` (its data-query).
TYPED = """word => {
  document.addEventListener("keydown", () => { window.__t0 = window.__t0 || performance.now(); }, true);
  new MutationObserver((_, seen) => {
    if (document.querySelector(".archive-search__results")?.dataset.query === word) {
      window.__t1 = performance.now();
      seen.disconnect();
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true });
}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("words", nargs="+")
    parser.add_argument("--ranked", type=int, default=10, help="results whose data is loaded, as the search does")
    parser.add_argument("--pace", type=int, default=150, help="ms between keys of a word typed into the field")
    parser.add_argument("--filters", action="store_true", help="time the articles index's filters too")
    args = parser.parse_args()
    pages = sum(1 for _ in args.site.rglob("index.html"))
    print(f"{args.site}: {pages} pages")
    print(f"{'word':16} {'matches':>8} {'load ms':>8} {'search ms':>10} {'again ms':>9} {'data ms':>8}")
    with serve(args.site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url, wait_until="networkidle")
        for word in args.words:
            t = page.evaluate(TIMED, [word, args.ranked])
            print(f"{word:16} {t['matches']:8d} {t['load']:8.0f} {t['search']:10.0f} {t['again']:9.0f} "
                  f"{t['data']:8.0f}")
        for word in args.words:
            fresh = browser.new_page()
            fresh.goto(url, wait_until="networkidle")
            fresh.keyboard.press("/")
            fresh.evaluate(TYPED, word)
            fresh.keyboard.type(word, delay=args.pace)
            fresh.wait_for_function("() => window.__t1", timeout=300_000)
            answered = fresh.evaluate("() => (window.__t1 - window.__t0) / 1000")
            print(f"{word}, typed a key every {args.pace} ms: answered {answered:.2f} s after the first key")
            fresh.close()
        if args.filters:
            filters(browser.new_page(), url)
        browser.close()


def filters(page: Page, url: str) -> None:
    """The articles index opened afresh: its filters opened, then the first place ticked."""
    wait = 300_000  # ms: on a large archive this takes long, which is what is measured
    page.goto(url + "articles/", wait_until="networkidle")
    start = time.perf_counter()
    page.locator(".archive-filters > summary").click()
    expect(page.locator("fieldset[data-group=place] input[type=checkbox]").first).to_be_visible(timeout=wait)
    shown = time.perf_counter() - start
    place = page.locator("fieldset[data-group=place] input[type=checkbox]").first
    start = time.perf_counter()
    place.check(timeout=wait)
    expect(page.locator(".archive-results__list li").first).to_be_visible(timeout=wait)
    expect(page.locator(".archive-results__count")).not_to_have_text(re.compile(r"^(Searching…)?$"), timeout=wait)
    print(f"articles index: filters shown {shown:.2f} s after opening them; {place.get_attribute('value')!r} ticked: "
          f"{page.locator('.archive-results__count').inner_text()} in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
