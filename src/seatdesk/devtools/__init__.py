"""Developer commands: compile forms, extract and update catalogs.

    python -m seatdesk.devtools forms      # ui/*.ui -> src/seatdesk/ui/forms/ui_*.py
    python -m seatdesk.devtools extract    # update translations/seatdesk.pot and the .po files
    python -m seatdesk.devtools compile    # .po -> compiled catalogs inside the package
"""
