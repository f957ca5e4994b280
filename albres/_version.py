"""The version of albres, in one place (read by pyproject.toml too)."""

__version__ = "1.0.0"
