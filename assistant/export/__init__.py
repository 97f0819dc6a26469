"""Coded exports: one row per interview, as CSV, JSON Lines, Parquet, SPSS and Stata."""
