"""Users export files as the CRM writes them, made in the tests (no big files in git)."""

from __future__ import annotations

import csv
import io

HEADERS = {
    "en": ["User ID", "First name", "Last name", "Email", "Last login", "Teams", "Role", "Permissions"],
    "fr": ["ID utilisateur", "Prénom", "Nom", "Adresse e-mail", "Dernière connexion", "Équipes", "Rôle",
           "Autorisations"],
    "de": ["Benutzer-ID", "Vorname", "Nachname", "E-Mail-Adresse", "Letzte Anmeldung", "Teams", "Rolle",
           "Berechtigungen"],
    "nl": ["Gebruikers-ID", "Voornaam", "Achternaam", "E-mailadres", "Laatste aanmelding", "Teams", "Rol",
           "Machtigingen"],
}


def export_bytes(rows: list[list[str]], language: str = "en", encoding: str = "utf-8-sig", delimiter: str = ",",
                 header: list[str] | None = None) -> bytes:
    """A users export: ``rows`` under the CRM's headers in ``language``, saved as Excel would."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header or HEADERS[language])
    writer.writerows(rows)
    return out.getvalue().encode(encoding)
