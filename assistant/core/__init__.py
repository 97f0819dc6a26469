"""Headless conversation core: banks, validation, events, state and the pure engine."""
