"""Renderers: one file per output, each drawing the views and nothing else.

`dot` (DOT and SVG), `json`, `record` (the decision record, Markdown), `text` (the
terminal), `paths_table` (the `/paths/` page, Markdown) and `css` (the palette). Adding an
output format is adding one file here and one entry in `formats.EXPORTS`.
"""
