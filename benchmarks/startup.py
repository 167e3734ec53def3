"""Start-up benchmark: process start to main window shown, against a bare PySide6 window.

    python benchmarks/startup.py [--runs 5]

Both are measured in this run, offscreen, as the median wall time from starting
a Python process to the window being shown (the child prints a line then). The
seatdesk child opens a demo database made beforehand, with seatdesk's bytecode compiled first
as an install does. Goal: ratio <= 2.
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

BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("shown", flush=True)
"""

# The fixed stack's own floor: the bare window plus the imports seatdesk cannot do without.
STACK = "\nimport peewee, babel.dates, babel.numbers" + BASELINE

# The same plus seatdesk's forms of what start-up shows: the frame and the Users page (Qt widgets
# only: no data, no seatdesk logic).
FORMS = """
import peewee, babel.dates, babel.numbers
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from seatdesk.ui.forms.ui_main_window import Ui_MainWindow
from seatdesk.ui.forms.ui_users_page import Ui_UsersPage
app = QApplication([])
window = QMainWindow()
Ui_MainWindow().setupUi(window)
page = QWidget()
Ui_UsersPage().setupUi(page)
window.ui_page = page
window.centralWidget().layout().itemAt(1).widget().addWidget(page)
window.centralWidget().layout().itemAt(1).widget().setCurrentWidget(page)
window.show()
app.processEvents()
print("shown", flush=True)
"""

SEATDESK = """
import sys
from PySide6.QtWidgets import QApplication
from seatdesk.app import create_main_window
app = QApplication([])
window = create_main_window(sys.argv[1], "en")
window.show()
app.processEvents()
print("shown", flush=True)
"""

FILL = """
import sys
from PySide6.QtWidgets import QApplication
from seatdesk.app import create_main_window
from seatdesk.services.demo import fill_demo
app = QApplication([])
create_main_window(sys.argv[1], "en")
fill_demo()
"""


SETTINGS = tempfile.mkdtemp(prefix="seatdesk-bench-settings-")  # the user's remembered settings stay out


def time_child(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": SETTINGS}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if line.strip() != "shown":
        raise SystemExit(f"child did not show its window (exit {proc.returncode})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    import seatdesk

    # An installed seatdesk runs from bytecode compiled at install (pip compiles wheels); a source
    # checkout under PYTHONDONTWRITEBYTECODE=1 would compile every module at every start instead.
    compileall.compile_dir(Path(seatdesk.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.sqlite3")
        subprocess.run([sys.executable, "-c", FILL, db], check=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        time_child(BASELINE)  # warm the file cache for both
        time_child(SEATDESK, db)
        baseline, stack, forms, seatdesk = [], [], [], []
        for _ in range(args.runs):  # interleaved, so a busy moment of the machine touches all four
            baseline.append(time_child(BASELINE))
            stack.append(time_child(STACK))
            forms.append(time_child(FORMS))
            seatdesk.append(time_child(SEATDESK, db))
    b, f, s = statistics.median(baseline), statistics.median(stack), statistics.median(seatdesk)
    w = statistics.median(forms)
    print(f"bare PySide6 QMainWindow shown : {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"same + peewee and Babel imports: {f * 1000:7.0f} ms ({f / b:.2f}x, the stack's floor)")
    print(f"same + the frame and Users forms: {w * 1000:6.0f} ms ({w / b:.2f}x, widgets without data)")
    print(f"seatdesk main window shown     : {s * 1000:7.0f} ms (median of {args.runs}, demo database)")
    print(f"ratio                          : {s / b:7.2f}x (goal <= 2.00x)")


if __name__ == "__main__":
    main()
