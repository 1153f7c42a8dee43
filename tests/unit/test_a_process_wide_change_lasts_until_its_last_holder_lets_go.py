"""Bulk work changes settings of the whole process (the GIL's switch interval, the cyclic
garbage collector) while it runs: two overlapping holders keep the change until the later of
them lets go, and then the process is as it was."""

from __future__ import annotations

import gc
import sys

import pytest

from cronica.projections.process_wide import (
    COLLECTOR_PAUSED,
    SENDING_SWITCH_SECONDS,
    SHORT_SWITCHES,
)


def test_the_collector_stays_paused_until_the_last_holder_lets_go() -> None:
    assert gc.isenabled()
    with COLLECTOR_PAUSED.held():
        with COLLECTOR_PAUSED.held():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled_after() -> None:
    gc.disable()
    try:
        with COLLECTOR_PAUSED.held():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_switches_are_short_while_held_and_as_they_were_after() -> None:
    usual = sys.getswitchinterval()
    SHORT_SWITCHES.hold()
    SHORT_SWITCHES.hold()
    SHORT_SWITCHES.let_go()
    assert sys.getswitchinterval() == pytest.approx(SENDING_SWITCH_SECONDS)
    SHORT_SWITCHES.let_go()
    assert sys.getswitchinterval() == usual
