"""Ingestion helpers behind :class:`kit.article.Article`.

- :mod:`kit.ingest.text`: bytes to text (:func:`decode_bytes`), whitespace
  normalising (:func:`normalize_text`);
- :mod:`kit.ingest.frontmatter`: YAML front matter of the ``data/`` Markdown files;
- :mod:`kit.ingest.dates`: calendar dates and the parts of a dateline;
- :mod:`kit.ingest.clutter`: separating a pasted story from its clutter
  (:func:`clean_text`);
- :mod:`kit.ingest.html_page`: a saved HTML page's text and metadata.
"""
