"""Views: the one view model every output renders, in one language at a time.

A path's state (`path`), every path (`paths`), the evidence per rule (`evidence`), the
diagram's graph with its DOM ids (`diagram`), the tree as data (`document`), the site's
URL scheme (`urls`), the palette (`palette`) and every label (`labels`). Views read
`core` only; renderers and adapters read views only.
"""
