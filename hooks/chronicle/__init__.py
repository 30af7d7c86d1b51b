"""chronicle: turns scraped articles and curated YAML into the annotated archive's pages.

The stages run in one direction, in `build.build_site`: load -> validate -> match -> cross-reference -> annotate ->
render. Each stage is a pure function over the frozen data in `model`; none knows MkDocs (hooks/mkdocs_layer.py does).
"""
