"""Consent-bound storage: the SQLite event store, encryption, backups and the read side."""
