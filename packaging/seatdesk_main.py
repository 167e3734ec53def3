"""The bundle's entry point: what the ``seatdesk`` command runs (seatdesk.cli:main)."""

from seatdesk.cli import main

raise SystemExit(main())
