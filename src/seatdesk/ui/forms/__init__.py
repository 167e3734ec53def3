"""Python forms compiled from ui/*.ui by ``python -m seatdesk.devtools forms`` (do not edit)."""
