"""Codebook and the coder that turns interview events into coded rows."""
