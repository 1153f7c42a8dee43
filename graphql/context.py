"""The typed context of one GraphQL request: who reads, what they read through, and the
read-your-writes position they asked for."""

from functools import cached_property

import strawberry
from strawberry.fastapi import BaseContext

from cronica.graphql.loaders import Loaders
from cronica.graphql.read_api import ReadApi, Viewer


class Context(BaseContext):
    """Made once per request by the router (so are its DataLoaders)."""

    def __init__(self, api: ReadApi, viewer: Viewer, header_position: int | None) -> None:
        super().__init__()
        self.api = api
        self.viewer = viewer
        self._header_position = header_position or 0
        self._reached = 0

    @cached_property
    def loaders(self) -> Loaders:
        """The request's DataLoaders, made at its first read (within the viewer's scope)."""
        return Loaders.for_request(self.api, self.viewer.scope)

    async def read_after(self, position: int | None) -> None:
        """Waits until the read models reach the larger of `position` (a field's
        `atLeastPosition`) and the request's X-Cronica-Position header."""
        wanted = max(position or 0, self._header_position)
        if wanted > self._reached:
            self._reached = await self.api.wait_for_position(wanted)


Info = strawberry.Info[Context, None]
