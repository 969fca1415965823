"""Tree v3's question families, each beside the outcomes it leads to.

`core/tree.py` holds tree v2's start-from-nothing flow and assembles the whole tree; the
families here meet teams where they already stand: a fine-tuned model that disappoints
(`troubleshoot`), a retrieval system that misses (`retrieval`), needs the v2 first question
had no home for (`needs`), and where a tuned model must run (`constraints`). `plan` holds
the questions the outcome card asks after the verdict (where it runs, how much data, what
the output looks like), which shape the next steps and never the outcome. Each module is
data only and imports nothing from `tree.py`, so the assembly stays one-way.
"""
