"""Errors the user can act on. The CLI prints them as one line and exits with code 2."""


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
