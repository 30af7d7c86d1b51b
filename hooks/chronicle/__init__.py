"""chronicle: turns scraped articles and curated YAML into the annotated archive's pages.

The stages run in one direction: load -> match -> annotate -> cross-reference -> render.
Each stage is a pure function over the frozen data in `model`; only `hooks/site_hook.py` knows MkDocs.
"""
