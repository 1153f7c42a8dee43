"""The demo's token file (`var/demo-token.txt`) is its owner's only (mode 0600) whatever the umask,
also when it replaces a file that others could read; a folder everyone may write to is refused
before the demo loads anything."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cronica.ops.demo.loading import load_demo
from cronica.ops.demo.token_file import UnsafeTokenFolderError, save_token_file
from cronica.ops.event_store import open_event_store
from cronica.ops.settings import Settings


@pytest.fixture
def lax_umask() -> Iterator[None]:
    """A umask that lets every new file be read and written by everyone."""
    earlier = os.umask(0)
    try:
        yield
    finally:
        os.umask(earlier)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_demo_leaves_its_token_readable_by_its_owner_only(
    sqlite_only_settings: Settings, lax_umask: None, capsys: pytest.CaptureFixture[str]
) -> None:
    token_file = sqlite_only_settings.var_dir / "demo-token.txt"
    token_file.write_text("an earlier demo's token\n")
    token_file.chmod(0o644)

    assert load_demo(sqlite_only_settings, only_if_empty=False) == 0

    assert mode_of(token_file) == 0o600
    assert "Authorization: Bearer " in token_file.read_text()
    assert token_file.read_text() in capsys.readouterr().out
    assert not mode_of(token_file.parent) & stat.S_IWOTH
    assert [path.name for path in token_file.parent.glob(".demo-token.txt.*")] == []


def test_a_new_token_folder_is_made_for_its_owner_only(tmp_path: Path, lax_umask: None) -> None:
    token_file = tmp_path / "var" / "demo-token.txt"

    save_token_file(token_file, "secret\n")

    assert (mode_of(token_file.parent), mode_of(token_file)) == (0o700, 0o600)
    assert token_file.read_text() == "secret\n"


def test_a_folder_everyone_may_write_to_is_refused_before_anything_is_loaded(
    sqlite_only_settings: Settings,
) -> None:
    sqlite_only_settings.var_dir.chmod(0o777)
    try:
        with pytest.raises(UnsafeTokenFolderError, match="written to by anyone"):
            load_demo(sqlite_only_settings, only_if_empty=False)
    finally:
        sqlite_only_settings.var_dir.chmod(0o700)
    assert not (sqlite_only_settings.var_dir / "demo-token.txt").exists()
    application = open_event_store(sqlite_only_settings)
    try:
        assert not application.recorder.max_notification_id()
    finally:
        application.close()
