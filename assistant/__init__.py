"""离职面谈助手 — exit-interview assistant package."""

__version__ = "0.1.0"
