"""The file the demo leaves its manager's token in (`var/demo-token.txt`): readable by its owner
only, in a folder nobody else may write to (who could write there could swap the file, or read
the token from a copy made in passing)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class UnsafeTokenFolderError(ValueError):
    """Raised when the demo token's folder may be written to by every user of the machine."""


def prepare_folder(folder: Path) -> None:
    """Makes the folder (for its owner only) if missing; refuses one anyone may write to, before
    the demo loads anything."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & stat.S_IWOTH:
        raise UnsafeTokenFolderError(
            f"{folder} may be written to by anyone: make it private (chmod o-w) or point "
            "CRONICA_VAR_DIR elsewhere before loading the demo"
        )


def save_token_file(path: Path, text: str) -> None:
    """Writes the file as a whole, readable and writable by its owner only (mode 0600) from the
    first byte: a new file (mkstemp makes it 0600) that replaces any earlier one."""
    prepare_folder(path.parent)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
