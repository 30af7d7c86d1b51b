"""Pagefind's two ways to index a built site, timed on the same pages: its command line over the finished site
(what hooks/mkdocs_layer.py runs) against its Python API fed each page's HTML (add_html_file, a round trip per
page). Indexes SITE in place (SITE/pagefind and SITE/pagefind-api): give it a copy.

    python tests/bench/pagefind_ways.py SITE
"""
import asyncio, subprocess, sys, time, resource, shutil
from pathlib import Path
site = Path(sys.argv[1])
glob = "{index.html,*/index.html,*/*/index.html}"
def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN); s = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime + s.ru_utime + s.ru_stime
shutil.rmtree(site / "pagefind", ignore_errors=True)
c0, t0 = cpu(), time.perf_counter()
subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--glob", glob, "--silent"], check=True)
print(f"CLI: {time.perf_counter() - t0:.1f} s wall, {cpu() - c0:.1f} s CPU")
from pagefind.index import PagefindIndex, IndexConfig
files = sorted(p for pat in ("index.html", "*/index.html", "*/*/index.html") for p in site.glob(pat))
async def api():
    async with PagefindIndex(IndexConfig(output_path=str(site / "pagefind-api"))) as index:
        for p in files:
            await index.add_html_file(content=p.read_text(encoding="utf-8"), url="/" + str(p.parent.relative_to(site)) + "/")
c0, t0 = cpu(), time.perf_counter()
asyncio.run(api())
print(f"API add_html_file x {len(files)}: {time.perf_counter() - t0:.1f} s wall, {cpu() - c0:.1f} s CPU")
