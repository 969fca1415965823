"""Tools for working on the project (never shipped in the wheel): see `tools/dev`."""
