"""Simplified Chinese catalogue: one module per product area, each with MESSAGES."""
