"""The window's pages: one module per page, each owning its form, models and retranslation."""
