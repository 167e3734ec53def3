"""seatdesk: offline planner and trainer for the seats of a HubSpot-style CRM account."""

__version__ = "0.1.0"
APP_NAME = "seatdesk"
