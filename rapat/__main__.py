"""`python -m rapat` runs the CLI."""

from rapat.cli import main

main()
