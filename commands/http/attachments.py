"""Attachments over HTTP: upload the bytes (answered by their SHA-256 digest, which a message then
names) and download them, within the caller's company.

Downloads are never shown in the browser as a page of this site: they are answered as
`application/octet-stream`, `nosniff`, and as an attachment (a file to save) named as uploaded."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from cronica.commands.attachments import AttachmentStore
from cronica.commands.errors import CommandError, RecordNotFoundError
from cronica.commands.http.attachment_readers import AttachmentReader
from cronica.commands.http.guards import Call, Who
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.domain.attachment import SHA256_PATTERN

router = APIRouter(prefix="/v1/attachments", tags=["attachments"])

TOO_LARGE = problem_responses(413)
# One file's name, no folder: no control characters nor path separators.
FILE_NAME = r"^[^\x00-\x1f\x7f/\\]+$"
# What RFC 8187 lets stand unencoded in an ext-value (attr-char), besides letters and digits.
_ATTR_CHARS = "!#$&+-.^_`|~"
# Contents never change under their digest: clients may keep them.
KEEP = "private, max-age=31536000, immutable"


def attachment_store(request: Request) -> AttachmentStore:
    store: AttachmentStore = request.app.state.attachments
    return store


Attachments = Annotated[AttachmentStore, Depends(attachment_store)]


class StoredAttachment(BaseModel):
    sha256: str
    size: int


async def _body_within(request: Request, limit: int) -> bytes:
    """The request's body, refused (413) as soon as it is known to exceed `limit` bytes."""
    too_large = HTTPException(413, f"an attachment may have {limit} bytes at most")
    if int(request.headers.get("content-length") or 0) > limit:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def content_disposition(name: str) -> str:
    """`attachment` named `name` (RFC 6266): as UTF-8, percent-encoded (`filename*`, RFC 8187),
    and for older clients as plain ASCII (`filename`, what it cannot hold replaced by `_`)."""
    plain = re.sub(r'[^\x20-\x7e]|["\\%]', "_", name)
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe=_ATTR_CHARS)}"


@router.post(
    "",
    status_code=201,
    summary="Upload an attachment",
    description="The body is the file's bytes, whatever its Content-Type; `name` is the file's "
    "name, which downloads are given. Answers their SHA-256 digest, which `POST /v1/messages` "
    "names; the same bytes uploaded again answer the same; no bytes, 422. A user's uploads may "
    "take `CRONICA_ATTACHMENT_QUOTA_BYTES` in all (the same bytes counted once): 413 past it.",
    responses={**problem_responses(401, 403, 422), **TOO_LARGE},
    **RouteAccess(scope="the caller's company's attachments").route_options(
        {
            "requestBody": {
                "required": True,
                "content": {
                    "application/octet-stream": {
                        "schema": {"type": "string", "format": "binary", "minLength": 1}
                    }
                },
            }
        }
    ),
)
async def upload_attachment(
    request: Request,
    call: Call,
    store: Attachments,
    response: Response,
    name: Annotated[
        str | None,
        Query(max_length=255, pattern=FILE_NAME, description="The file's name, e.g. albaran.pdf."),
    ] = None,
) -> StoredAttachment:
    # The call, not just the caller: it runs the guards (headers, the route's access) that a
    # declared command runs before its body is read.
    who = call.who
    content = await _body_within(request, store.max_bytes)
    if not content:
        raise CommandError("the body is the file's bytes, and an empty body is no file")
    sha256 = await run_in_threadpool(store.put, who.company_id, who.user_id, content, name)
    response.headers["Location"] = f"{router.prefix}/{sha256}"
    return StoredAttachment(sha256=sha256, size=len(content))


@router.get(
    "/{sha256}",
    summary="Download an attachment of a message",
    description="Whoever may read the message (`messageId`) downloads the attachments it names; "
    "without `messageId`, a user downloads what he uploaded.",
    response_class=Response,
    responses={
        200: {
            "content": {"application/octet-stream": {}},
            "description": "The file's bytes, as an attachment named as uploaded.",
        },
        **problem_responses(401, 404, 422),
    },
    dependencies=[AttachmentReader],
    **RouteAccess(
        capability=None, scope="attachments of a message the caller may read (messageId)"
    ).route_options(),
)
def download_attachment(
    sha256: Annotated[str, Path(pattern=SHA256_PATTERN)], who: Who, store: Attachments
) -> Response:
    stored = store.get(who.company_id, sha256)
    if stored is None:
        raise RecordNotFoundError(f"no attachment {sha256}")
    headers = {
        "ETag": f'"{sha256}"',
        "Cache-Control": KEEP,
        "Content-Disposition": content_disposition(stored.name),
        "X-Content-Type-Options": "nosniff",
    }
    return Response(stored.content, media_type="application/octet-stream", headers=headers)
