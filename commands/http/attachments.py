"""Attachments over HTTP: upload the bytes (answered by their SHA-256 digest, which a message then
names) and download them, within the caller's company."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from cronica.commands.attachments import AttachmentStore
from cronica.commands.errors import RecordNotFoundError
from cronica.commands.http.attachment_readers import AttachmentReader
from cronica.commands.http.guards import Who
from cronica.commands.http.problems import problem_responses
from cronica.commands.http.route_access import RouteAccess
from cronica.domain.attachment import SHA256_PATTERN

router = APIRouter(prefix="/v1/attachments", tags=["attachments"])

TOO_LARGE = {**problem_responses(422)[422], "description": "The body is over the size limit."}
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


@router.post(
    "",
    status_code=201,
    summary="Upload an attachment",
    description="The body is the file's bytes, whatever its Content-Type. Answers their SHA-256 "
    "digest, which `POST /v1/messages` names; the same bytes uploaded again answer the same.",
    responses={**problem_responses(401, 403), 413: TOO_LARGE},
    **RouteAccess(scope="the caller's company's attachments").route_options(
        {
            "requestBody": {
                "required": True,
                "content": {
                    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
                },
            }
        }
    ),
)
async def upload_attachment(
    request: Request, who: Who, store: Attachments, response: Response
) -> StoredAttachment:
    content = await _body_within(request, store.max_bytes)
    sha256 = await run_in_threadpool(store.put, who.company_id, content)
    response.headers["Location"] = f"{router.prefix}/{sha256}"
    return StoredAttachment(sha256=sha256, size=len(content))


@router.get(
    "/{sha256}",
    summary="Download an attachment of a message",
    description="Whoever may read the message (`messageId`) downloads the attachments it names.",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "The file's bytes."},
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
    content = store.get(who.company_id, sha256)
    if content is None:
        raise RecordNotFoundError(f"no attachment {sha256}")
    headers = {"ETag": f'"{sha256}"', "Cache-Control": KEEP}
    return Response(content, media_type="application/octet-stream", headers=headers)
