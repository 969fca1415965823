"""Compilers from the tree to other formats (JSON, DOT/SVG). The engine never imports these."""
