"""Content and engine: the tree, the rules, the evidence and the pure functions that walk them.

The lowest layer. Standard library only, and it imports nothing from the layers above
(checks, views, render, adapters); `tests/engine/test_layers.py` holds it to that.
"""
