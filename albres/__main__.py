"""`python -m albres`: the same as the `albres` command."""

from albres.cli import main

main()
