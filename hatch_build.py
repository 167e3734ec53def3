"""Build hook: compile the gettext catalogs in translations/ into the package.

Runs for wheels and for editable installs, so the running app finds
``seatdesk/locale/<lang>/LC_MESSAGES/seatdesk.mo`` either way.
"""

from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalogs(root: Path) -> list[Path]:
    """Compile every translations/<lang>/LC_MESSAGES/seatdesk.po; return the .mo paths."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po_path in sorted((root / "translations").glob("*/LC_MESSAGES/seatdesk.po")):
        lang = po_path.parent.parent.name
        mo_path = root / "src" / "seatdesk" / "locale" / lang / "LC_MESSAGES" / "seatdesk.mo"
        mo_path.parent.mkdir(parents=True, exist_ok=True)
        with po_path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        with mo_path.open("wb") as fh:
            write_mo(fh, catalog)
        written.append(mo_path)
    return written


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        compile_catalogs(Path(self.root))
