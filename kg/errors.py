"""Errors a user can cause, each with a message that says which file and what is wrong.

The CLI prints ``KGError`` as one line and exits non-zero; anything else is a bug and
keeps its traceback.
"""


class KGError(Exception):
    """A user's mistake or an unusable input: shown as one line, never as a traceback."""

    def __init__(self, message: str, path: object = None):
        self.path = path
        super().__init__(f"{path}: {message}" if path is not None else message)


class InputError(KGError):
    """A report that cannot be read: missing, empty, binary, undecodable."""


class OutputError(KGError):
    """An output that cannot be written."""


class QueryError(KGError):
    """A SPARQL query that cannot be parsed or is not allowed."""
