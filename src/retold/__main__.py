"""``python -m retold`` runs the command line."""

from retold.serve.cli import main

main()
