"""Period reports, small-cell suppression, turnover cost and the quote wall."""
