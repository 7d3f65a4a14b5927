"""CLI: the `monitor` command, a thin shell on top of everything else.

Takes the command line and gives the stages' results as text, JSON, CSV or TSV: `main` is the
group and loads each command's module (one per command group) only when that command runs.
Nothing in the package imports from here.
"""
