"""Textual front ends: the locked-down kiosk and the HR interviewer console."""
