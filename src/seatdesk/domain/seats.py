"""Hubs, tiers, seat models and seat types (R2, R3, R5)."""

from __future__ import annotations

from seatdesk.i18n import N_

SEAT_BASED = "seat_based"
LEGACY = "legacy"
SEAT_MODELS = (SEAT_BASED, LEGACY)
SEAT_MODEL_LABELS = {
    SEAT_BASED: N_("Seat-based pricing (Core, Sales, Service, View-Only and Partner seats)"),
    LEGACY: N_("Legacy Sales Hub and Service Hub paid seats"),
}

HUBS = ("marketing", "sales", "service", "cms", "operations")
HUB_LABELS = {
    "marketing": N_("Marketing Hub"),
    "sales": N_("Sales Hub"),
    "service": N_("Service Hub"),
    "cms": N_("CMS Hub"),
    "operations": N_("Operations Hub"),
}

TIERS = ("free", "starter", "professional", "enterprise")
TIER_LABELS = {
    "free": N_("Free"),
    "starter": N_("Starter"),
    "professional": N_("Professional"),
    "enterprise": N_("Enterprise"),
}
PAID_TIERS = ("starter", "professional", "enterprise")

#: Names of the sample catalog's add-ons; an add-on of a user's own catalog shows the catalog's name.
ADD_ON_LABELS = {
    "transactional_email": N_("Transactional email"),
    "dedicated_ip": N_("Dedicated IP"),
    "calling_minutes": N_("Calling minutes"),
    "brand_domain": N_("Brand domain"),
}

CORE, SALES, SERVICE, VIEW_ONLY, PARTNER = "core", "sales", "service", "view_only", "partner"
SEAT_BASED_TYPES = (CORE, SALES, SERVICE, VIEW_ONLY, PARTNER)
SEAT_BASED_PAID = (CORE, SALES, SERVICE)
FREE_TYPES = (VIEW_ONLY, PARTNER)
LEGACY_HUBS = ("sales", "service")
LEGACY_TYPES = tuple(f"{hub}_{tier}" for hub in LEGACY_HUBS for tier in PAID_TIERS)

SEAT_TYPE_LABELS = {
    CORE: N_("Core Seat"),
    SALES: N_("Sales Seat"),
    SERVICE: N_("Service Seat"),
    VIEW_ONLY: N_("View-Only Seat"),
    PARTNER: N_("Partner Seat"),
    "sales_starter": N_("Sales Starter"),
    "sales_professional": N_("Sales Professional"),
    "sales_enterprise": N_("Sales Enterprise"),
    "service_starter": N_("Service Starter"),
    "service_professional": N_("Service Professional"),
    "service_enterprise": N_("Service Enterprise"),
}

#: What each seat-based seat gives (the "Seat assignment" dropdown of the create-user wizard).
SEAT_TYPE_DESCRIPTIONS = {
    CORE: N_("Paid. Gives access to features and tools of Marketing Hub, CMS Hub, Operations Hub, Sales Hub Starter, Service Hub Starter and shared platform features; the level depends on your highest hub tier."),
    SALES: N_("Sales Hub or Service Hub Professional or Enterprise only. Core seat access plus extra sales and service tools for one-to-one customer communication."),
    SERVICE: N_("Sales Hub or Service Hub Professional or Enterprise only. Core seat access plus extra sales and service tools for one-to-one customer communication."),
    VIEW_ONLY: N_("Free. The user can view selected tools but can't create, publish, edit, save or delete anything and can't be a super admin. Suits occasional users (reports, data gathering, admin tasks)."),
    PARTNER: N_("Free. Gives eligible partner employees access to all features in a client's account. Only available when adding Solutions Partner employees."),
}

#: Display order of every seat type (tables, summaries, subscription boxes).
SEAT_TYPE_ORDER = {t: i for i, t in enumerate(SEAT_BASED_TYPES + LEGACY_TYPES)}


def is_paid(seat_type: str) -> bool:
    """Core, Sales, Service and every legacy hub seat are paid; View-Only and Partner are free."""
    return seat_type not in FREE_TYPES


def legacy_hub(seat_type: str) -> str:
    """'sales_professional' -> 'sales'."""
    return seat_type.split("_", 1)[0]


def legacy_seat_type(hub: str, tier: str) -> str | None:
    """The paid seat of a legacy Sales/Service Hub subscription, None for Free or other hubs."""
    if hub in LEGACY_HUBS and tier in PAID_TIERS:
        return f"{hub}_{tier}"
    return None


def seat_types_for_model(seat_model: str) -> tuple[str, ...]:
    return SEAT_BASED_TYPES if seat_model == SEAT_BASED else LEGACY_TYPES


def tier_rank(tier: str) -> int:
    return TIERS.index(tier)
