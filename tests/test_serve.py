"""`mkdocs serve` rebuilds the generated pages when an article, a data file or the build code changes, and indexes
them for search each time."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ARTICLE = "2021-02-06-iran-iraq-strong-ties-ensure-regional-security"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, text: str, seconds: float = 60) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        page = fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_on_article_data_and_code_changes(project: Path):
    """An edit to an article, to the data, to the chronicle package and to the MkDocs layer each shows on the next
    rebuild: the hook loads the code under hooks/ afresh every time."""
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}",
                               "-f", str(project / "mkdocs.yml")], cwd=project, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_for(f"{base}/people/hassan-rouhani/", "President of Iran")
        people = project / "articles" / "data" / "people.yml"
        people.write_text(people.read_text(encoding="utf-8").replace(
            'description: "President of Iran from 2013 to 2021."',
            'description: "Seventh president of the Islamic Republic."'), encoding="utf-8")
        assert wait_for(f"{base}/people/hassan-rouhani/", "Seventh president of the Islamic Republic.")
        article = project / "articles" / f"{ARTICLE}.md"
        article.write_text(article.read_text(encoding="utf-8").replace(
            "title: Iran-Iraq Strong Ties Ensure Regional Security, Stability",
            "title: Iran-Iraq Ties Ensure Regional Security"), encoding="utf-8")
        assert wait_for(f"{base}/articles/{ARTICLE}/", "Iran-Iraq Ties Ensure Regional Security</h1>")
        assert wait_for(f"{base}/pagefind/pagefind-entry.json", '"page_count"')
        pages = project / "hooks" / "chronicle" / "pages.py"
        edited = pages.read_text(encoding="utf-8").replace('"person": "Person",', '"person": "Individual",')
        assert edited != pages.read_text(encoding="utf-8")
        pages.write_text(edited, encoding="utf-8")
        assert wait_for(f"{base}/people/hassan-rouhani/", "<dd>Individual</dd>")
        layer = project / "hooks" / "mkdocs_layer.py"
        edited = layer.read_text(encoding="utf-8").replace(
            "        return html.replace(SUMMARY_MARKER, self.site.summary) if SUMMARY_MARKER in html else html",
            '        return html + "<p>Edited layer</p>"')
        assert edited != layer.read_text(encoding="utf-8")
        layer.write_text(edited, encoding="utf-8")
        assert wait_for(f"{base}/method/", "<p>Edited layer</p>")
    finally:
        server.terminate()
        server.wait(timeout=10)
