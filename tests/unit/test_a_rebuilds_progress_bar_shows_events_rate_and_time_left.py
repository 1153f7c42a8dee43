"""The rebuild's progress bar: events done of the total, the rate and the time left, redrawn on
one line of the terminal, the line ended when the rebuild is."""

from __future__ import annotations

import io

from cronica.ops.progress import ProgressBar


def test_the_bar_is_redrawn_in_place_with_rate_and_time_left() -> None:
    now = [100.0]
    screen = io.StringIO()
    bar = ProgressBar(10_000, screen, clock=lambda: now[0])

    now[0] = 102.0
    bar(5_000, 5_000)
    now[0] = 104.0
    bar(10_000, 10_000)
    bar.close()

    first, second = screen.getvalue().removeprefix("\r").split("\r")
    assert first == f"[{'#' * 15}{'.' * 15}] 5,000/10,000 events  2,500/s  ETA 2s "
    assert second == f"[{'#' * 30}] 10,000/10,000 events  2,500/s  ETA 0s \n"
