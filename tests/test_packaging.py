"""packaging/: the bundle script's pieces that need no PyInstaller run (CI builds and runs the Linux bundle)."""

from __future__ import annotations

import configparser
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _build_bundle():
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "packaging" / "build_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_bundle = _build_bundle()


def test_version_numbers_for_windows():
    from seatdesk import __version__

    assert build_bundle.version() == __version__
    assert build_bundle.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert build_bundle.version_numbers("1.2.3.4.5") == (1, 2, 3, 4)
    assert build_bundle.version_numbers("0.2.0.dev1") == (0, 2, 0, 0)
    assert build_bundle.version_numbers("1.0rc1") == (1, 0, 0, 0)


def test_the_windows_version_resource_is_pyinstaller_s_expression():
    """PyInstaller evaluates the file with its VSVersionInfo classes (their module needs Windows' pefile)."""
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    made = {name: (lambda *args, _name=name, **kwargs: (_name, args, kwargs)) for name in names}
    info = eval(build_bundle.windows_version_file("2.3.1"), {"__builtins__": {}}, made)  # noqa: S307
    assert info[0] == "VSVersionInfo"
    fixed = info[2]["ffi"]
    assert fixed[2]["filevers"] == fixed[2]["prodvers"] == (2, 3, 1, 0)
    strings = dict(entry[1] for entry in info[2]["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == "2.3.1"
    assert strings["OriginalFilename"] == "seatdesk.exe"


def test_the_ico_and_icns_files_hold_every_size(qapp, tmp_path):
    from PySide6.QtGui import QImageReader

    pngs = build_bundle.render_app_icon((16, 32, 256, 1024))
    assert all(png.startswith(b"\x89PNG") for png in pngs.values())
    (tmp_path / "app.ico").write_bytes(build_bundle.ico_bytes({size: pngs[size] for size in (16, 32, 256)}))
    reader = QImageReader(str(tmp_path / "app.ico"))
    assert reader.format() == b"ico" and reader.imageCount() == 3
    sizes = []
    for index in range(3):
        reader.jumpToImage(index)
        sizes.append(reader.read().width())
    assert sorted(sizes) == [16, 32, 256]
    icns = build_bundle.icns_bytes(build_bundle.render_app_icon([size for _kind, size in build_bundle.ICNS_TYPES]))
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    (tmp_path / "app.icns").write_bytes(icns)
    reader = QImageReader(str(tmp_path / "app.icns"))
    assert reader.format() == b"icns" and reader.imageCount() == len(build_bundle.ICNS_TYPES)
    widths = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        widths.append(reader.read().width())
    assert max(widths) == 1024 and min(widths) == 32


def test_the_launcher_entry_says_what_about_says_in_each_language():
    from seatdesk import i18n
    from seatdesk.cli import about_text

    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "seatdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "seatdesk" and desktop["Icon"] == "seatdesk" and desktop["Type"] == "Application"
    assert desktop["Comment"] == about_text()
    for language in i18n.LANGUAGES[1:]:
        with i18n.language_of(language):
            assert desktop[f"Comment[{language}]"] == about_text()
    assert "currentColor" not in build_bundle.app_svg() and build_bundle.APP_COLOR in build_bundle.app_svg()


def test_only_this_system_s_bundle_is_built(capsys):
    other = "windows" if not sys.platform.startswith("win") else "linux"
    with pytest.raises(SystemExit) as refused:
        build_bundle.main(["--target", other, "--out", "never"])
    assert refused.value.code == 2 and "PyInstaller builds for the system it runs on" in capsys.readouterr().err
