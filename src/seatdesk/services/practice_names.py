"""The names of the practice data (R33), per language: companies, people, teams, permission sets.

Names of people and companies are data, not translations: they are not in the gettext catalogs.
Every language has tables of the same shape (four accounts, 26 first names, 16 last names, the same
teams and permission sets in the same order), so ``demo.fill_demo`` makes the same accounts, users,
seats, states and dates in every language, only named differently. English is the original demo.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The demo accounts, in the order fill_demo makes them.
ACCOUNT_KEYS = ("northwind", "contoso", "kiwi", "fabrikam")
#: The permission sets' keys (their permissions are in demo.DEMO_SET_PERMISSIONS).
SET_KEYS = ("marketing_defaults", "sales_defaults", "sales_reps")


@dataclass(frozen=True)
class PracticeAccount:
    """One demo account's names: the account, its email domain, its super admin, its teams."""

    name: str
    domain: str
    admin_email: str
    admin_first_name: str
    admin_last_name: str
    teams: tuple[str, ...]


@dataclass(frozen=True)
class PracticeNames:
    """The practice data of one language."""

    accounts: dict[str, PracticeAccount]
    sets: dict[str, str]  # permission set key -> its name
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]


NAMES = {
    "en": PracticeNames(
        accounts={
            "northwind": PracticeAccount("Northwind Traders", "northwind.example", "admin@northwind.example",
                                         "Anna", "Admin", ("Marketing", "Sales EMEA", "Support", "Finance")),
            "contoso": PracticeAccount("Contoso Legacy", "contoso.example", "admin@contoso.example",
                                       "Carl", "Admin", ("Sales", "Service", "Marketing")),
            "kiwi": PracticeAccount("Kiwi Kayaks", "kiwikayaks.example", "kia.ora@kiwikayaks.example",
                                    "Aroha", "Ngata", ("Crew",)),
            "fabrikam": PracticeAccount("Fabrikam Free Tools", "fabrikam.example", "owner@fabrikam.example",
                                        "Fiona", "Byrne", ("Office",)),
        },
        sets={"marketing_defaults": "Marketing defaults", "sales_defaults": "Sales defaults",
              "sales_reps": "Sales reps"},
        first_names=("Amélie", "Bram", "Chloé", "Daan", "Elif", "Felix", "Greta", "Hugo", "Ines", "Jan", "Katrin",
                     "Lars", "Manon", "Niels", "Olga", "Pieter", "Quentin", "Romy", "Sven", "Tess", "Ulrike",
                     "Victor", "Wout", "Xavier", "Yara", "Zoë"),
        last_names=("Martin", "de Vries", "Müller", "Janssens", "Bernard", "Schmidt", "Peeters", "Dubois",
                    "Fischer", "Bakker", "Lefèvre", "Weber", "Visser", "Moreau", "Wagner", "Smit"),
    ),
    "fr": PracticeNames(
        accounts={
            "northwind": PracticeAccount("Comptoirs du Nord", "comptoirs-du-nord.example",
                                         "admin@comptoirs-du-nord.example", "Anne", "Garnier",
                                         ("Marketing", "Ventes EMEA", "Support", "Finances")),
            "contoso": PracticeAccount("Maison Lefort", "maison-lefort.example", "admin@maison-lefort.example",
                                       "Claude", "Lefort", ("Ventes", "Service client", "Marketing")),
            "kiwi": PracticeAccount("Kayaks de la Loire", "kayaks-loire.example", "bonjour@kayaks-loire.example",
                                    "Aurélie", "Chevalier", ("Équipage",)),
            "fabrikam": PracticeAccount("Atelier Fabre", "atelier-fabre.example", "gerant@atelier-fabre.example",
                                        "François", "Fabre", ("Bureau",)),
        },
        sets={"marketing_defaults": "Marketing par défaut", "sales_defaults": "Ventes par défaut",
              "sales_reps": "Commerciaux"},
        first_names=("Amélie", "Bastien", "Camille", "Damien", "Élodie", "Florian", "Gaëlle", "Hugo", "Inès",
                     "Julien", "Karine", "Léa", "Mathieu", "Nathalie", "Olivier", "Pauline", "Quentin", "Romain",
                     "Sophie", "Thomas", "Valérie", "Xavier", "Yannick", "Zoé", "Margaux", "Nicolas"),
        last_names=("Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                    "Simon", "Laurent", "Lefèvre", "Michel", "Fournier", "Girard", "Rousseau"),
    ),
    "de": PracticeNames(
        accounts={
            "northwind": PracticeAccount("Nordwind Handel", "nordwind-handel.example",
                                         "admin@nordwind-handel.example", "Anke", "Brandt",
                                         ("Marketing", "Vertrieb EMEA", "Support", "Finanzen")),
            "contoso": PracticeAccount("Kontor Altmann", "kontor-altmann.example", "admin@kontor-altmann.example",
                                       "Carsten", "Altmann", ("Vertrieb", "Kundenservice", "Marketing")),
            "kiwi": PracticeAccount("Kajak Kiel", "kajak-kiel.example", "moin@kajak-kiel.example",
                                    "Frauke", "Jensen", ("Mannschaft",)),
            "fabrikam": PracticeAccount("Werkstatt Falk", "werkstatt-falk.example", "inhaber@werkstatt-falk.example",
                                        "Friedrich", "Falk", ("Büro",)),
        },
        sets={"marketing_defaults": "Marketing-Standard", "sales_defaults": "Vertrieb-Standard",
              "sales_reps": "Vertriebsmitarbeiter"},
        first_names=("Andreas", "Birgit", "Christian", "Daniela", "Elias", "Franziska", "Georg", "Hannah", "Ingo",
                     "Jana", "Klaus", "Lena", "Markus", "Nina", "Oliver", "Petra", "Ralf", "Sabine", "Tobias",
                     "Ursula", "Volker", "Wiebke", "Yvonne", "Jörg", "Lukas", "Katrin"),
        last_names=("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann"),
    ),
    "nl": PracticeNames(
        accounts={
            "northwind": PracticeAccount("Noordenwind Handel", "noordenwind.example", "admin@noordenwind.example",
                                         "Anke", "de Wit", ("Marketing", "Verkoop EMEA", "Support", "Financiën")),
            "contoso": PracticeAccount("Handelshuis Van Dam", "vandam.example", "admin@vandam.example",
                                       "Cor", "van Dam", ("Verkoop", "Klantenservice", "Marketing")),
            "kiwi": PracticeAccount("Kano's Zeeland", "kanos-zeeland.example", "hallo@kanos-zeeland.example",
                                    "Fenna", "Kramer", ("Bemanning",)),
            "fabrikam": PracticeAccount("Atelier Verhoeven", "atelier-verhoeven.example",
                                        "eigenaar@atelier-verhoeven.example", "Floor", "Verhoeven", ("Kantoor",)),
        },
        sets={"marketing_defaults": "Marketing standaard", "sales_defaults": "Verkoop standaard",
              "sales_reps": "Verkopers"},
        first_names=("Anouk", "Bram", "Daan", "Eva", "Femke", "Gijs", "Iris", "Jeroen", "Kees", "Lotte", "Maarten",
                     "Noor", "Pieter", "Roos", "Sanne", "Thijs", "Vera", "Wouter", "Joost", "Lieke", "Ruben",
                     "Esther", "Koen", "Marloes", "Sem", "Tess"),
        last_names=("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
                    "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks"),
    ),
}


def practice_names(language: str) -> PracticeNames:
    """The practice data's names in ``language`` (one of i18n.LANGUAGES).

    Raises:
        ValueError: no practice data in that language.
    """
    if language not in NAMES:
        raise ValueError(language)
    return NAMES[language]
