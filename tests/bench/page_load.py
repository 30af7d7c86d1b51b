"""Where a page's load spends the browser's main thread: in Chromium, with a phone's screen and its processor slowed
4 times (as Lighthouse's phone runs slow it), the page opened afresh LOADS times from a built site served as GitHub
Pages serves it, traced until a second after its load event. Prints, per load (the mean), the milliseconds of each
kind of work (running each script, restyling, layout, parsing, painting) and how many times it ran, largest first,
and the long tasks (over 50 ms) of each load. Times are of the slowed processor, as Lighthouse's are.

    python tests/bench/page_load.py SITE PATH [--loads 5]
    python tests/bench/page_load.py site people/mohammad-baqer-qalibaf/   # after: mkdocs build -d site
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from browsing import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

SLOWDOWN = 4  # Lighthouse's phone runs slow the processor 4 times
SCREEN = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True}
# The trace's events for each kind of work, and whether the script that ran names the line.
KINDS = {"EvaluateScript": "running a script", "FunctionCall": "a script's callback", "UpdateLayoutTree": "restyling",
         "Layout": "layout", "ParseHTML": "parsing HTML", "ParseAuthorStyleSheet": "parsing style sheets",
         "Paint": "painting", "PrePaint": "pre-paint", "Layerize": "layerizing", "TimerFire": "timers",
         "EventDispatch": "events"}
LONG_TASK_MS = 50


def trace_load(browser, url: str) -> list[dict]:  # noqa: ANN001 - Playwright's Browser
    """The trace events of one fresh load of `url`, until a second after its load event."""
    context = browser.new_context(**SCREEN)
    page = context.new_page()
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": SLOWDOWN})
    browser.start_tracing(page=page, categories=["devtools.timeline", "disabled-by-default-devtools.timeline"])
    page.goto(url, wait_until="load")
    page.wait_for_timeout(1000)
    trace = json.loads(browser.stop_tracing())
    context.close()
    return trace["traceEvents"] if isinstance(trace, dict) else trace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("path", help="the page's address in the site, as people/some-one/")
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    spent: dict[tuple[str, str], list[float]] = defaultdict(list)
    with serve(args.site) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for n in range(args.loads):
            events = [e for e in trace_load(browser, url + args.path) if e.get("ph") == "X"]
            for event in events:
                if event.get("name") in KINDS:
                    data = (event.get("args") or {}).get("data") or {}
                    script = (data.get("url") or "").rsplit("/", 1)[-1] if event["name"] in (
                        "EvaluateScript", "FunctionCall") else ""
                    spent[(KINDS[event["name"]], script)].append(event["dur"] / 1000)
            long = sorted((e["dur"] / 1000 for e in events if e.get("name") == "RunTask"
                           and e["dur"] / 1000 > LONG_TASK_MS), reverse=True)
            print(f"load {n + 1}: long tasks (ms) {' '.join(f'{ms:.0f}' for ms in long)}")
        browser.close()
    print(f"\n{'ms a load':>10} {'times':>6}  work")
    for (kind, script), times in sorted(spent.items(), key=lambda kv: -sum(kv[1]))[:15]:
        print(f"{sum(times) / args.loads:10.1f} {len(times) / args.loads:6.1f}  {kind}{' ' + script if script else ''}")


if __name__ == "__main__":
    main()
