"""Errors the user can act on. The CLI prints them as one line and exits with code 2."""

DISTRIBUTION = "zh-meeting-actions"
"""The name this project is installed under (`pip install zh-meeting-actions`); the import
package and the command are `actions`. `actions` on PyPI is an unrelated project."""


def install_hint(extra: str, package: str) -> str:
    """What to run when an optional dependency is missing: the extra, or the package alone."""
    return f"install it with: pip install '{DISTRIBUTION}[{extra}]' (or: pip install {package})"


class InputError(Exception):
    """Input the tool cannot take: missing, empty, binary, undecodable or too large.

    `hint` says what the user can do about it.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} ({self.hint})" if self.hint else message
