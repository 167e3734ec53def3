"""Start-up of the one-folder bundle against the source install, measured in the same run.

    python packaging/build_bundle.py            # makes dist/seatdesk/
    python benchmarks/bundle_startup.py [--bundle dist/seatdesk/seatdesk] [--runs 9]

Two figures for each, median wall time from starting the process: ``seatdesk --version`` printed, and the
main window shown on a demo database (``--smoke-test`` prints "main window shown" once the window is painted;
the process is stopped there). The source install is this interpreter's ``python -m seatdesk``, with its
bytecode compiled first as an install does. Runs are interleaved, offscreen, with empty settings folders.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_child(command: list[str], env: dict[str, str], until: str) -> float:
    """Seconds from start until a line containing ``until``; the process is stopped there."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if until in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{' '.join(command)} never printed {until!r} (exit {proc.wait()})")
    proc.kill()
    proc.wait()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "seatdesk" / "seatdesk")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    import seatdesk

    compileall.compile_dir(Path(seatdesk.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="seatdesk-bundle-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": f"{tmp}/config",
               "XDG_DATA_HOME": f"{tmp}/data", "SEATDESK_NO_DIALOGS": "1"}
        db = f"{tmp}/demo.sqlite3"
        subprocess.run([str(args.bundle), "--smoke-test", "--demo", "--db", db, "--lang", "en"], env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        commands = {
            "bundle": [str(args.bundle)],
            "source": [sys.executable, "-m", "seatdesk"],
        }
        cases = {"--version": (["--version"], "seatdesk "),
                 "window shown": (["--smoke-test", "--db", db, "--lang", "en"], "main window shown")}
        times = {(who, case): [] for who in commands for case in cases}
        for who in commands:  # warm the file cache
            for options, until in cases.values():
                time_child(commands[who] + options, env, until)
        for _ in range(args.runs):
            for case, (options, until) in cases.items():
                for who, command in commands.items():
                    times[(who, case)].append(time_child(command + options, env, until))
    for case in cases:
        bundle, source = (statistics.median(times[(who, case)]) for who in ("bundle", "source"))
        print(f"{case:13}: bundle {bundle * 1000:5.0f} ms, source install {source * 1000:5.0f} ms "
              f"({bundle / source:.2f}x, median of {args.runs})")


if __name__ == "__main__":
    main()
