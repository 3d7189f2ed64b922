"""claimcheck: find where news articles disagree."""

__version__ = "0.1.0"
