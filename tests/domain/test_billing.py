import datetime as dt
import json

import pytest

from seatdesk.domain.billing import PurchaseQuote, add_months
from seatdesk.domain.catalog import CatalogError, load_catalog
from seatdesk.resources import resource_path


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2026, 11, 15), 12, dt.date(2027, 11, 15)),
    (dt.date(2026, 12, 1), 3, dt.date(2027, 3, 1)),
    (dt.date(2026, 5, 10), -8, dt.date(2025, 9, 10)),
])
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_quote_is_pro_rata_by_day_over_the_term():
    quote = PurchaseQuote(count=3, unit_price_cents=4500, currency="EUR", term_start=dt.date(2026, 1, 1),
                          renewal_date=dt.date(2027, 1, 1), planning_date=dt.date(2026, 10, 3),
                          term_months=12, period_months=1)
    assert quote.days_in_term == 365
    assert quote.days_left == 90
    # 3 seats x 45.00 x 12 months x 90/365 = 399.45...
    assert quote.cost_now_cents == 39945
    assert quote.cost_per_period_cents == 3 * 4500


def test_quote_on_renewal_day_costs_nothing_now():
    quote = PurchaseQuote(1, 1000, "EUR", dt.date(2026, 1, 1), dt.date(2027, 1, 1), dt.date(2027, 1, 1), 12, 12)
    assert quote.cost_now_cents == 0
    assert quote.cost_per_period_cents == 12000


def test_shipped_catalog_has_every_currency_and_is_labelled_sample():
    catalog = load_catalog(resource_path("price_catalog.json"))
    assert catalog.sample
    assert {"EUR", "USD", "GBP", "AUD", "NZD"} <= set(catalog.currencies)
    assert catalog.seat_price("seat_based", "sales", "professional", "sales", "NZD") > 0
    assert catalog.seat_price("seat_based", "sales", "starter", "sales", "EUR") is None


def test_missing_catalog_is_a_clear_refusal(tmp_path):
    with pytest.raises(CatalogError) as info:
        load_catalog(tmp_path / "nope.json")
    assert info.value.code == "catalog_missing"
    assert "nope.json" in info.value.translated()


@pytest.mark.parametrize("mutate", [
    lambda raw: "{not json",
    lambda raw: json.dumps({**raw, "legacy": {}}),
    lambda raw: json.dumps({**raw, "seat_based": {**raw["seat_based"], "sales": {
        **raw["seat_based"]["sales"], "professional": {**raw["seat_based"]["sales"]["professional"],
                                                       "base_price": {c: "-5" for c in raw["currencies"]}}}}}),
])
def test_broken_catalog_is_a_clear_refusal(tmp_path, mutate):
    raw = json.loads(resource_path("price_catalog.json").read_text(encoding="utf-8"))
    path = tmp_path / "price_catalog.json"
    path.write_text(mutate(raw), encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert info.value.code == "catalog_invalid"
    assert "Correct the file" in info.value.translated()


def _broken_catalog(tmp_path, change):
    raw = json.loads(resource_path("price_catalog.json").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "price_catalog.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999", "1e30", "-1", "1.234", True, "abc"])
def test_a_price_that_is_no_amount_is_refused_with_the_place_named(tmp_path, value):
    def change(raw):
        raw["seat_based"]["sales"]["professional"]["base_price"]["EUR"] = value
    with pytest.raises(CatalogError) as info:
        load_catalog(_broken_catalog(tmp_path, change))
    assert "seat_based/sales/professional" in info.value.translated()


@pytest.mark.parametrize("field, value", [("commitment_months", []), ("commitment_months", [-3]),
                                          ("billing_period_months", [0]), ("billing_period_months", "12")])
def test_terms_and_periods_must_be_whole_months(tmp_path, field, value):
    with pytest.raises(CatalogError) as info:
        load_catalog(_broken_catalog(tmp_path, lambda raw: raw.__setitem__(field, value)))
    assert field in info.value.translated()


@pytest.mark.parametrize("free", [{"seat_based": {"bogus": 1}}, {"alien": {"core": 1}}, {"seat_based": {"core": -2}},
                                  {"seat_based": {"core": 1.5}}])
def test_free_seats_must_be_counts_of_the_model_s_seat_types(tmp_path, free):
    with pytest.raises(CatalogError):
        load_catalog(_broken_catalog(tmp_path, lambda raw: raw.__setitem__("free_seats", free)))


def test_an_add_on_with_an_unknown_hub_or_price_is_refused(tmp_path):
    def change(raw):
        raw["add_ons"]["dedicated_ip"]["hub"] = "crm"
    with pytest.raises(CatalogError) as info:
        load_catalog(_broken_catalog(tmp_path, change))
    assert "add_ons/dedicated_ip" in info.value.translated()
