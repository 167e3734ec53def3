"""The price catalog (R4): included seats and prices per hub, tier and seat type, from a data file.

The figures shipped in ``resources/price_catalog.json`` are samples. A copy named
``price_catalog.json`` in the user's data folder replaces them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from seatdesk.domain.errors import DomainError
from seatdesk.domain.seats import HUBS, PAID_TIERS, SEAT_MODELS, TIERS
from seatdesk.i18n import N_, os_error_message


class CatalogError(DomainError):
    """The price catalog file is missing or broken."""


@dataclass(frozen=True)
class TierOffer:
    """What one hub at one tier includes and costs, in cents per month."""

    base_price: dict[str, int]
    included: dict[str, int]
    seat_price: dict[str, dict[str, int]]


@dataclass(frozen=True)
class AddOnOffer:
    """An add-on sold with a hub from a tier on, in cents per month per currency."""

    key: str
    name: str  # the catalog's own name, shown for an add-on seatdesk has no translation of
    hub: str
    min_tier: str
    price: dict[str, int]


@dataclass(frozen=True)
class Catalog:
    path: Path
    sample: bool
    currencies: tuple[str, ...]
    commitment_months: tuple[int, ...]
    billing_period_months: tuple[int, ...]
    offers: dict[tuple[str, str, str], TierOffer]  # (seat model, hub, tier)
    #: {seat model: {seat type: count}}: the seats the HubSpot free tools give an account that has no
    #: paid subscription; upgrading to Starter removes them (R15).
    free_seats: dict[str, dict[str, int]] = field(default_factory=dict)
    add_ons: dict[str, AddOnOffer] = field(default_factory=dict)

    def offer(self, seat_model: str, hub: str, tier: str) -> TierOffer:
        return self.offers[(seat_model, hub, tier)]

    def included(self, seat_model: str, hub: str, tier: str) -> dict[str, int]:
        return self.offer(seat_model, hub, tier).included

    def seat_price(self, seat_model: str, hub: str, tier: str, seat_type: str, currency: str) -> int | None:
        """Price per seat per month in cents, or None when this subscription does not sell the seat."""
        prices = self.offer(seat_model, hub, tier).seat_price.get(seat_type)
        return None if prices is None else prices.get(currency)

    def base_price(self, seat_model: str, hub: str, tier: str, currency: str) -> int:
        return self.offer(seat_model, hub, tier).base_price.get(currency, 0)

    def free_seats_of(self, seat_model: str) -> dict[str, int]:
        return self.free_seats.get(seat_model, {})


def _count(value, where: str, path: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CatalogError(
            N_("The price catalog {path} has an invalid number of seats at {where}: {value}. Correct the file or delete it to use the sample catalog."),
            code="catalog_invalid", path=str(path), where=where, value=str(value),
        )
    return value


MAX_PRICE = Decimal(10) ** 9  # a price per month above a billion is a typing mistake


def _cents(value, where: str, path: Path) -> int:
    try:
        amount = Decimal(str(value))
        valid = (not isinstance(value, bool) and amount.is_finite() and 0 <= amount <= MAX_PRICE
                 and amount == amount.quantize(Decimal("0.01")))
    except InvalidOperation:  # not a number
        valid = False
    if not valid:
        raise CatalogError(
            N_("The price catalog {path} has an invalid price at {where}: {value}. Correct the file or delete it to use the sample catalog."),
            code="catalog_invalid", path=str(path), where=where, value=str(value),
        )
    return int(amount * 100)


def _months(values, where: str, path: Path) -> tuple[int, ...]:
    """Commitment terms or billing periods: a non-empty list of whole months from 1 to 120."""
    if not isinstance(values, list) or not values or any(
            isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 120 for m in values):
        raise CatalogError(
            N_("The price catalog {path} has an invalid list of months at {where}: {value}. Correct the file or delete it to use the sample catalog."),
            code="catalog_invalid", path=str(path), where=where, value=str(values))
    return tuple(values)


def _free_seats(raw: dict, path: Path) -> dict[str, dict[str, int]]:
    """The free tools' seats per seat model: only seat types of that model."""
    from seatdesk.domain.seats import seat_types_for_model

    result = {}
    for model, seats in raw.items():
        for seat_type in seats:
            if model not in SEAT_MODELS or seat_type not in seat_types_for_model(model):
                raise CatalogError(
                    N_("The price catalog {path} has an unknown seat model or seat type at {where}. Correct the file or delete it to use the sample catalog."),
                    code="catalog_invalid", path=str(path), where=f"free_seats/{model}/{seat_type}")
        result[model] = {seat: _count(n, f"free_seats/{model}/{seat}", path) for seat, n in seats.items()}
    return result


def _add_on(key: str, entry: dict, currencies: tuple[str, ...], path: Path) -> AddOnOffer:
    where = f"add_ons/{key}"
    if entry["hub"] not in HUBS or entry["min_tier"] not in PAID_TIERS:
        raise CatalogError(
            N_("The price catalog {path} has an add-on sold with an unknown hub or tier at {where}. Correct the file or delete it to use the sample catalog."),
            code="catalog_invalid", path=str(path), where=where)
    return AddOnOffer(key, str(entry.get("name", key)), entry["hub"], entry["min_tier"],
                      {c: _cents(entry["price"][c], where, path) for c in currencies})


def load_catalog(path: Path) -> Catalog:
    """Read and check a price catalog file.

    Raises:
        CatalogError: the file is missing, not JSON, or lacks a hub, tier or currency.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(
            N_("The price catalog {path} is missing. Reinstall seatdesk or restore the file."),
            code="catalog_missing", path=str(path),
        ) from None
    except json.JSONDecodeError as exc:
        raise CatalogError(
            N_("The price catalog {path} is not valid JSON (line {line}, column {column}). Correct the file or "
               "delete it to use the sample catalog."),
            code="catalog_invalid", path=str(path), line=exc.lineno, column=exc.colno,
        ) from None
    except UnicodeDecodeError:
        raise CatalogError(
            N_("The price catalog {path} cannot be read (it is not UTF-8 text). Correct the file or delete it "
               "to use the sample catalog."),
            code="catalog_invalid", path=str(path),
        ) from None
    except OSError as exc:
        raise CatalogError(
            N_("The price catalog {path} cannot be read ({detail}). Correct the file or delete it to use the sample catalog."),
            code="catalog_invalid", path=str(path), detail=os_error_message(exc),
        ) from None
    try:
        currencies = tuple(raw["currencies"])
        offers = {}
        for model in SEAT_MODELS:
            for hub in HUBS:
                for tier in TIERS:
                    where = f"{model}/{hub}/{tier}"
                    entry = raw[model][hub][tier]
                    offers[(model, hub, tier)] = TierOffer(
                        base_price={c: _cents(entry["base_price"][c], where, path) for c in currencies},
                        included={k: _count(v, f"{where}/included/{k}", path) for k, v in entry["included"].items()},
                        seat_price={
                            seat: {c: _cents(prices[c], f"{where}/{seat}", path) for c in currencies}
                            for seat, prices in entry["seat_price"].items()
                        },
                    )
        return Catalog(
            path=path,
            sample=bool(raw.get("sample", False)),
            currencies=currencies,
            commitment_months=_months(raw["commitment_months"], "commitment_months", path),
            billing_period_months=_months(raw["billing_period_months"], "billing_period_months", path),
            offers=offers,
            free_seats=_free_seats(raw.get("free_seats", {}), path),
            add_ons={key: _add_on(key, entry, currencies, path) for key, entry in raw.get("add_ons", {}).items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CatalogError(
            N_("The price catalog {path} lacks an entry ({detail}). Correct the file or delete it to use the sample catalog."),
            code="catalog_invalid", path=str(path), detail=str(exc),
        ) from None
