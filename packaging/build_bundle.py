"""Build seatdesk's one-folder bundle with PyInstaller: Python, Qt and every data file in one folder.

    pip install -e ".[bundle]"
    python packaging/build_bundle.py [--target linux|windows|macos] [--out dist] [--check]

Steps: compile the catalogs (python -m seatdesk.devtools compile), draw the application icon from
resources/icons/armchair.svg (PNG, and .ico on Windows or .icns on macOS: PNG entries, no image library),
write the Windows version resource from seatdesk.__version__, then run PyInstaller on
packaging/seatdesk.spec. The bundle is OUT/seatdesk/ (on macOS also OUT/seatdesk.app); on Linux it
carries share/applications/seatdesk.desktop and share/icons/hicolor/.../seatdesk.{png,svg}.
``--check`` then runs the bundle: ``--version``, and ``--smoke-test --lang de --demo`` on a new database
(see seatdesk/smoke.py); a missing data file fails it. PyInstaller builds for the system it runs on:
``--target`` defaults to it and another one is refused.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "seatdesk.spec"
DESKTOP_FILE = ROOT / "packaging" / "linux" / "seatdesk.desktop"
TARGETS = {"linux": "linux", "win32": "windows", "darwin": "macos"}
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: .icns entries holding PNG data (macOS 10.7 and later): type -> pixels.
ICNS_TYPES = ((b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256), (b"ic08", 256),
              (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024))
APP_COLOR = "#0f766e"  # seatdesk.ui.icons.app_icon's colour, for the launcher's SVG


def host_target() -> str:
    return next((target for prefix, target in TARGETS.items() if sys.platform.startswith(prefix)), "linux")


def version() -> str:
    """seatdesk.__version__, read from the file (the build needs no import of the package)."""
    text = (ROOT / "src" / "seatdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def version_numbers(text: str) -> tuple[int, int, int, int]:
    """"1.2.3" -> (1, 2, 3, 0); a suffix ("0.2.0.dev1", "1.0rc1") is left out: Windows wants four numbers."""
    numbers = [int(match) for match in re.findall(r"^\d+|(?<=\.)\d+", text)][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))


def windows_version_file(text: str) -> str:
    """The version resource of seatdesk.exe (Explorer › Properties › Details), in PyInstaller's format."""
    numbers = version_numbers(text)
    strings = {"CompanyName": "seatdesk", "FileDescription": "seatdesk", "FileVersion": text,
               "InternalName": "seatdesk", "LegalCopyright": "MIT licence", "OriginalFilename": "seatdesk.exe",
               "ProductName": "seatdesk", "ProductVersion": text}
    table = ",\n            ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
            {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ]
)
"""


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico of PNG images (Windows Vista and later read PNG entries), one per size."""
    sizes = sorted(pngs)
    offset = 6 + 16 * len(sizes)
    entries, data = [], b""
    for size in sizes:
        png = pngs[size]
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data)))
        data += png
    return struct.pack("<HHH", 0, 1, len(sizes)) + b"".join(entries) + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_app_icon(sizes) -> dict[int, bytes]:
    """The application icon (seatdesk.ui.icons.app_icon) as PNG bytes at each size, drawn by Qt offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtWidgets import QApplication

    from seatdesk.ui.icons import app_icon

    _app = QApplication.instance() or QApplication(["build_bundle"])
    pngs = {}
    for size in sorted(set(sizes)):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        app_icon().pixmap(size, size).save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data)
    return pngs


def app_svg() -> str:
    """The launcher's scalable icon: the armchair in the application's colour."""
    text = (ROOT / "resources" / "icons" / "armchair.svg").read_text(encoding="utf-8")
    return text.replace("currentColor", APP_COLOR)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def executable(out: Path, target: str) -> Path:
    if target == "windows":
        return out / "seatdesk" / "seatdesk.exe"
    return out / "seatdesk" / "seatdesk"


def build(target: str, out: Path, work: Path) -> Path:
    """Compile, draw, write, run PyInstaller; return the bundle's folder."""
    print("compiling the catalogs", flush=True)
    subprocess.run([sys.executable, "-m", "seatdesk.devtools", "compile"], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    work.mkdir(parents=True, exist_ok=True)
    spec_args = ["--target", target, "--version", version()]
    if target == "windows":
        icon = work / "seatdesk.ico"
        icon.write_bytes(ico_bytes(render_app_icon(ICO_SIZES)))
        version_file = work / "version_info.txt"
        version_file.write_text(windows_version_file(version()), encoding="utf-8")
        spec_args += ["--icon", str(icon), "--version-file", str(version_file)]
    elif target == "macos":
        icon = work / "seatdesk.icns"
        icon.write_bytes(icns_bytes(render_app_icon([size for _kind, size in ICNS_TYPES])))
        spec_args += ["--icon", str(icon)]
    print(f"running PyInstaller for {target}", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out), "--workpath", str(work / "pyinstaller"), str(SPEC), "--", *spec_args],
                   check=True, cwd=ROOT)
    bundle = out / "seatdesk"
    if target == "linux":  # the launcher entry and its icon, laid out as under /usr/share or ~/.local/share
        share = bundle / "share"
        (share / "applications").mkdir(parents=True, exist_ok=True)
        shutil.copy2(DESKTOP_FILE, share / "applications" / "seatdesk.desktop")
        png_folder = share / "icons" / "hicolor" / "256x256" / "apps"
        png_folder.mkdir(parents=True, exist_ok=True)
        (png_folder / "seatdesk.png").write_bytes(render_app_icon([256])[256])
        svg_folder = share / "icons" / "hicolor" / "scalable" / "apps"
        svg_folder.mkdir(parents=True, exist_ok=True)
        (svg_folder / "seatdesk.svg").write_text(app_svg(), encoding="utf-8")
    return bundle


def check(program: Path, prints: bool = True) -> None:
    """Run the bundle: --version, then the smoke test in German on a new demo database. Raises on failure.

    ``prints``: False for the windowed Windows program, which has no standard output (its exit code tells).
    """
    with tempfile.TemporaryDirectory(prefix="seatdesk-bundle-check-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": f"{tmp}/config",
               "XDG_DATA_HOME": f"{tmp}/data", "SEATDESK_NO_DIALOGS": "1"}
        for args in (["--version"], ["--smoke-test", "--lang", "de", "--demo", "--db", f"{tmp}/smoke.sqlite3"]):
            start = time.perf_counter()
            result = subprocess.run([str(program), *args], env=env, capture_output=True, text=True, timeout=300)
            print(f"$ seatdesk {' '.join(args[:4])} ... ({time.perf_counter() - start:.1f} s, exit {result.returncode})")
            print(result.stdout, end="")
            if result.returncode != 0:
                print(result.stderr[-3000:], end="", file=sys.stderr)
                raise SystemExit(f"the bundle failed: seatdesk {' '.join(args)} exited {result.returncode}")
        if prints and ("Benutzer" not in result.stdout or "smoke test passed" not in result.stdout):
            raise SystemExit("the bundle's smoke test did not show the German window")
    print("bundle: 2 passed, 0 failed")  # --version and the smoke test


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=sorted(set(TARGETS.values())), default=host_target(),
                        help=f"the system the bundle is for (default: this one, {host_target()})")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's work folder (default: build/bundle)")
    parser.add_argument("--check", action="store_true",
                        help="then run the bundle: --version and the smoke test (offscreen)")
    args = parser.parse_args(argv)
    if args.target != host_target():
        parser.error(f"PyInstaller builds for the system it runs on ({host_target()}): "
                     f"build the {args.target} bundle on {args.target}")
    start = time.perf_counter()
    bundle = build(args.target, args.out.resolve(), args.work.resolve())
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB, built in {time.perf_counter() - start:.0f} s)")
    if args.target == "macos":
        print(f"app: {args.out.resolve() / 'seatdesk.app'}")
    if args.check:
        check(executable(args.out.resolve(), args.target), prints=args.target != "windows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
