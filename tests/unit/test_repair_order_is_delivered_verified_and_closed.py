"""The repair order's rules (DOMAIN.md, repair order / technical service) once the work is
finished: delivery, the customer's verification, closing and reopening; one story per rule."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from functools import partial

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.errors import IllegalTransitionError, InvalidRatingError
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import Delivery, MaterialUse, Verification
from tests.fixtures.new_records.repair_order import (
    MONDAY,
    TECHNICIAN,
    S,
    delivered_order,
    finished_order,
    new_repair_order,
    refuses,
    slot,
    work,
)


def test_an_order_is_delivered_once_and_only_when_finished(acting: CommandContext) -> None:
    scheduled = new_repair_order()
    scheduled.schedule(slot())
    scheduled.collect_events()
    delivery = Delivery(MONDAY + timedelta(days=3), TECHNICIAN)
    refuses(scheduled, IllegalTransitionError, lambda: scheduled.deliver(delivery))

    order = finished_order()
    order.deliver(delivery)
    assert (order.status, order.delivery) == (S.DELIVERED, delivery)
    refuses(order, IllegalTransitionError, lambda: order.deliver(delivery))
    refuses(
        order, IllegalTransitionError, lambda: order.use_material(MaterialUse("X", "X", Decimal(1)))
    )


@pytest.mark.parametrize("rating", [0, 6, -1, True, 2.5])
def test_a_rating_is_a_whole_number_from_1_to_5(rating: int) -> None:
    with pytest.raises(InvalidRatingError):
        Verification("Fine", rating)


@pytest.mark.parametrize("rating", [3, 4, 5])
def test_a_satisfied_customer_verifies_the_order(acting: CommandContext, rating: int) -> None:
    order = delivered_order()

    order.verify(Verification("Works like new", rating))

    (verified,) = order.collect_events()
    assert isinstance(verified, RepairOrder.Verified)
    assert (verified.comments, verified.rating) == ("Works like new", rating)
    assert (order.status, order.verification) == (
        S.VERIFIED,
        Verification("Works like new", rating),
    )
    refuses(order, IllegalTransitionError, lambda: order.verify(Verification("Again", 5)))


@pytest.mark.parametrize("rating", [1, 2])
def test_an_unsatisfied_customer_reopens_the_order(acting: CommandContext, rating: int) -> None:
    order = delivered_order()

    order.verify(Verification("The hinge creaks", rating))

    verified, reopened = order.collect_events()
    assert isinstance(verified, RepairOrder.Verified) and verified.rating == rating
    assert isinstance(reopened, RepairOrder.Reopened)
    assert reopened.reason == f"The customer rated the service {rating}/5"
    assert order.status is S.IN_PROGRESS
    assert order.verification == Verification("The hinge creaks", rating)
    order.register_work(work())
    assert order.status is S.IN_PROGRESS


def test_an_order_closes_only_once_delivered_or_verified(acting: CommandContext) -> None:
    received, finished = new_repair_order(), finished_order()
    received.collect_events()
    for order in (received, finished):
        refuses(order, IllegalTransitionError, order.close)

    delivered, verified = delivered_order(), delivered_order()
    verified.verify(Verification("Fine", 4))
    for order in (delivered, verified):
        order.close()
        assert order.status is S.CLOSED
        assert type(order.collect_events()[-1]) is RepairOrder.Closed
        refuses(order, IllegalTransitionError, order.close)


def test_a_finished_delivered_or_closed_order_can_be_reopened(acting: CommandContext) -> None:
    closed = delivered_order()
    closed.close()
    for order in (finished_order(), delivered_order(), closed):
        order.collect_events()
        order.reopen("The screen flickers")
        (reopened,) = order.collect_events()
        assert isinstance(reopened, RepairOrder.Reopened)
        assert reopened.reason == "The screen flickers"
        assert order.status is S.IN_PROGRESS
        refuses(order, IllegalTransitionError, partial(order.reopen, "Twice"))
