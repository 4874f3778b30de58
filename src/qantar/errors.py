"""The named exceptions of qantar. The command line turns each into a one-line error."""


class QantarError(Exception):
    """Base class: something the user can fix; the message says what and where."""


class InputError(QantarError):
    """An input file is missing, empty, not UTF-8 or malformed."""


class ValidationError(QantarError):
    """One or more documents break the schema or a semantic rule."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class DataFileError(QantarError):
    """A language data file or the taxonomy is malformed (names the file)."""


class ImportRefused(QantarError):
    """A Label Studio export cannot be imported safely; nothing was written."""


class Busy(QantarError):
    """Another qantar command is writing the same files right now; nothing was done."""
