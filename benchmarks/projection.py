"""Projection benchmark (issue 15): 36 months of the demo account against reading its bill once.

    python benchmarks/projection.py [--runs 50]

Goal: a 36-month projection in at most 50 ms. The baseline is ``subscription_figures`` (what the
projection reads first), measured in the same process.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    from seatdesk.db.database import open_database
    from seatdesk.services.accounts import sync_permission_catalog
    from seatdesk.services.demo import fill_demo
    from seatdesk.services.projection import account_projection
    from seatdesk.services.queries import subscription_figures

    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "demo.sqlite3")
        sync_permission_catalog()
        account = fill_demo()[0]

        def median_ms(action) -> float:
            from timing import median_seconds  # benchmarks/timing.py, beside this script

            return median_seconds(action, runs) * 1000

        base = median_ms(lambda: subscription_figures(account))
        projection = median_ms(lambda: account_projection(account, 36))
        print(f"reading the bill (baseline) : {base:7.2f} ms (median of {runs})")
        print(f"projection over 36 months   : {projection:7.2f} ms ({projection / base:.2f}x, goal <= 50 ms)")


if __name__ == "__main__":
    main()
