"""An alert's id is the text of `uuid5(NAMESPACE_URL, "cronica:alert:<record>:<version>:<user>")`,
as it has always been: ids kept by clients stay valid across rebuilds and releases."""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid5

from hypothesis import given
from hypothesis import strategies as st

from cronica.projections.notice_board.rows import alert_id_for


@given(st.uuids(), st.integers(min_value=1, max_value=10**9), st.uuids())
def test_an_alerts_id_is_the_uuid5_text_whether_given_ids_or_their_texts(
    record: UUID, version: int, recipient: UUID
) -> None:
    expected = str(uuid5(NAMESPACE_URL, f"cronica:alert:{record}:{version}:{recipient}"))

    assert alert_id_for(record, version, recipient) == expected
    assert alert_id_for(str(record), version, str(recipient)) == expected
