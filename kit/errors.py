"""Errors the kit shows to people: one clear line, never a traceback."""


class KitError(Exception):
    """A problem with the user's input or set-up, worded for the user."""


class ModelNotFoundError(KitError):
    """No English spaCy model is installed."""
