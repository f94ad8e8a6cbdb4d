"""`python -m lurewatch` is the `lurewatch` command."""

from lurewatch.cli import main

main()
