"""The rules of seatdesk: plain Python, no Qt, no database."""
