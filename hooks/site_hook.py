"""MkDocs hook: the archive's events, each handing over to hooks/mkdocs_layer.py, the one module that knows MkDocs
and Material, which builds the archive with hooks/chronicle.

`mkdocs serve` keeps this module between rebuilds, so on_config loads the layer and the chronicle package afresh:
an edit to any of them counts on the next rebuild. (An edit to this file's list of events needs a restart: MkDocs
registers the events once, when it first loads the hook.)"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

HOOKS = Path(__file__).parent

_layer: ModuleType | None = None  # hooks/mkdocs_layer.py, as loaded for this build
_build = None  # mkdocs_layer.Build: the archive as built for this build


def on_config(config):  # noqa: ANN001, ANN201 - MkDocs' types live in the layer
    global _layer, _build
    _layer = _fresh("mkdocs_layer")
    _build = _layer.load(config)
    return config


def on_files(files, config):  # noqa: ANN001, ANN201
    return _build.add_files(files, config)


def on_env(env, config, files):  # noqa: ANN001, ANN201 - every page's content is ready: the search index starts
    _build.search.start(config, files)
    return _layer.theme_env(env, config)


def on_page_content(html, page, config, files):  # noqa: ANN001, ANN201
    return _build.page_content(html)


def on_post_build(config):  # noqa: ANN001, ANN201
    _build.search.finish()


def on_build_error(error):  # noqa: ANN001, ANN201
    if _build is not None:
        _build.search.stop()


def _fresh(name: str) -> ModuleType:
    """The module `name` under hooks/, and every module of hooks/ it imports, loaded from their files again."""
    if str(HOOKS) not in sys.path:  # MkDocs takes the hook's folder off the path once it has loaded the hook
        sys.path.insert(0, str(HOOKS))
    for loaded in [m for m, module in sys.modules.items() if _under_hooks(module)]:
        del sys.modules[loaded]
    importlib.invalidate_caches()
    return importlib.import_module(name)


def _under_hooks(module: ModuleType | None) -> bool:
    path = getattr(module, "__file__", None)
    return bool(path) and Path(path).resolve().is_relative_to(HOOKS.resolve()) and module.__name__ != __name__
