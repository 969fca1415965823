"""Allow `python -m decision_tree`."""

import sys

from .cli import main

sys.exit(main())
