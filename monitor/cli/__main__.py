"""`python -m monitor.cli`: the `monitor` command from a checkout, without installing it."""

from .main import main

main()
