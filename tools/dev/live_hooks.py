"""The MkDocs hooks `python -m tools.dev.live` (`make live`) adds to the site's config.

Only the names: the events live in `tools.dev.live`, imported once, since MkDocs loads
this file anew for every rebuild.
"""

from tools.dev.live import on_config, on_post_build, on_serve

__all__ = ["on_config", "on_post_build", "on_serve"]
