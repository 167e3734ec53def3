"""The create-user wizard's steps, one module each; the wizard itself is ui.create_user_wizard."""
