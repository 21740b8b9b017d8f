"""``python -m dateline`` runs the command line."""

from dateline.serve.cli import main

if __name__ == "__main__":
    main()
