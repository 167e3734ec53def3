"""Everything that imports QtWidgets: windows, dialogs, table models."""
