"""Arguments many query fields share."""

from typing import Annotated

import strawberry

AtLeastPosition = Annotated[
    int | None,
    strawberry.argument(
        description="Wait until the read models reach this event store position (the "
        "`position` a command answered) before reading."
    ),
]
