"""The rules every command model follows (commands/models/base.py), at their edges: the largest
numbers and the longest decimals a command may give pass, one step beyond is refused naming the
field; multi-line text keeps its line breaks and single-line text refuses them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from cronica.commands.models.base import CommandModel
from cronica.commands.models.customers import SetCustomField
from cronica.commands.models.repair_orders import MaterialModel
from cronica.commands.models.tasks import CloseTask, TaskWork

NOW = {"startsAt": "2026-03-04T10:00:00+01:00", "description": "Call", "type": "call"}


def refused_field(model: type[CommandModel], body: dict[str, Any]) -> str:
    """The one field the body is refused for, as its location names it."""
    with pytest.raises(ValidationError) as refused:
        model.model_validate(body)
    fields = {".".join(str(part) for part in error["loc"]) for error in refused.value.errors()}
    assert len(fields) == 1, fields
    return fields.pop()


@pytest.mark.parametrize("value", [2**63 - 1, -(2**63), 1.5e308, 0.5, True, "12"])
def test_numbers_a_read_model_holds_are_taken(value: Any) -> None:
    assert SetCustomField.model_validate({"name": "size", "value": value}).value == value


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**401, float("inf"), float("nan")])
def test_numbers_beyond_64_bits_or_not_finite_are_refused(value: Any) -> None:
    assert refused_field(SetCustomField, {"name": "size", "value": value}) == "value"


@pytest.mark.parametrize(
    "quantity", ["123456789012.123456", "999999999999.999999", "0.000001", "2.500000"]
)
def test_decimals_of_18_digits_6_decimals_are_taken(quantity: str) -> None:
    body = {"reference": "R-1", "description": "Hinge", "quantity": quantity}
    assert MaterialModel.model_validate(body).quantity == Decimal(quantity)


@pytest.mark.parametrize("quantity", ["1e400", "9" * 401, "0.0000001", "1E+18", "1e999999999"])
def test_longer_decimals_are_refused(quantity: str) -> None:
    body = {"reference": "R-1", "description": "Hinge", "quantity": quantity}
    assert refused_field(MaterialModel, body) == "quantity"


def test_multi_line_text_keeps_line_breaks_and_single_line_text_refuses_them() -> None:
    assert CloseTask.model_validate({"note": "Done.\r\n\tCalled back."}).note is not None
    for line_break in ["\n", "\r", "\u2028"]:
        assert refused_field(TaskWork, {**NOW, "type": f"call{line_break}"}) == "type"
        assert refused_field(TaskWork, {**NOW, "tags": ["vip", f"a{line_break}b"]}) == "tags.1"


def test_control_characters_and_lone_surrogates_are_refused_even_in_multi_line_text() -> None:
    for text in ["a\x00b", "a\x1bb", "a\x85b", "a\ud800b"]:
        assert refused_field(CloseTask, {"note": text}) == "note"
