"""The CustomerFilter input: which customers a list shows."""

import strawberry

from cronica.graphql.types.customer import CustomerKind
from cronica.graphql.types.filters import (
    BoolFilter,
    DateTimeFilter,
    EnumFilter,
    IdFilter,
    StringFilter,
    combined,
)
from cronica.projections.filtering import Filter


@strawberry.input(description="Which customers to list: every field given must match.")
class CustomerFilter:
    and_: list["CustomerFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["CustomerFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["CustomerFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    kind: EnumFilter[CustomerKind] | None = None
    number: StringFilter | None = None
    name: StringFilter | None = strawberry.field(default=None, description="The commercial name.")
    tax_id: StringFilter | None = None
    active: BoolFilter | None = None
    blocked: BoolFilter | None = None
    segment: StringFilter | None = None
    zone: StringFilter | None = None
    representative_id: IdFilter | None = None
    created_at: DateTimeFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {
                "kind": self.kind,
                "number": self.number,
                "name": self.name,
                "taxId": self.tax_id,
                "active": self.active,
                "blocked": self.blocked,
                "segment": self.segment,
                "zone": self.zone,
                "representativeId": self.representative_id,
                "createdAt": self.created_at,
            },
            self.and_,
            self.or_,
            self.not_,
        )
