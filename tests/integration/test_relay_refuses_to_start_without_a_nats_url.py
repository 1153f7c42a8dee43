"""Without CRONICA_NATS_URL the relay is off: `cronica relay` says so in one line and exits 2."""

from __future__ import annotations

import pytest

from cronica.ops.cli import main


def test_the_relay_exits_2_with_one_line_when_no_nats_server_is_configured(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CRONICA_NATS_URL", raising=False)

    assert main(["relay"]) == 2

    output = capsys.readouterr()
    assert output.out == ""
    assert output.err.count("\n") == 1
    assert "CRONICA_NATS_URL is not set" in output.err
