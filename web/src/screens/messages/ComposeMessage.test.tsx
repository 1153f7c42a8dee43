import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithData } from "../../test-support/fakeGraphql";
import { ComposeMessage } from "./ComposeMessage";

const people = { users: { edges: [{ node: { id: "u-elena", name: "Elena Sánchez" } }] } };

function renderCompose(onSent = vi.fn()) {
  renderWithData(<ComposeMessage draft={{ recipientIds: ["u-elena"] }} onSent={onSent} onCancel={vi.fn()} />, people);
  return onSent;
}

function answers(...bodies: [number, object][]) {
  const fetch = vi.fn();
  for (const [status, body] of bodies) fetch.mockResolvedValueOnce(new Response(JSON.stringify(body), { status }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("writing a message", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("uploads each file first, then names it by its digest in the message", async () => {
    const fetch = answers([201, { sha256: "a".repeat(64), size: 5 }], [201, { id: "m-1", version: 1, position: 7 }]);
    const onSent = renderCompose();
    await userEvent.type(screen.getByLabelText(/Asunto/), "Albarán");
    await userEvent.type(screen.getByLabelText(/^Mensaje/), "Adjunto");
    const file = new File(["%PDF-"], "albaran.pdf", { type: "application/pdf" });
    await userEvent.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file);
    await userEvent.click(screen.getByRole("button", { name: "Enviar" }));
    await waitFor(() => expect(onSent).toHaveBeenCalled());
    const [uploadPath] = fetch.mock.calls[0] as [string];
    expect(uploadPath).toBe("/v1/attachments?name=albaran.pdf");
    const [path, init] = fetch.mock.calls[1] as [string, RequestInit];
    expect(path).toBe("/v1/messages");
    expect(JSON.parse(String(init.body))).toMatchObject({
      recipientIds: ["u-elena"],
      subject: "Albarán",
      attachments: [{ sha256: "a".repeat(64), name: "albaran.pdf", mediaType: "application/pdf" }],
    });
  });

  it("keeps what was typed when the message is refused, and says why beside the field", async () => {
    answers([422, { title: "Invalid", status: 422, detail: "bad", errors: [{ field: "subject", message: "too long" }] }]);
    const onSent = renderCompose();
    await userEvent.type(screen.getByLabelText(/Asunto/), "Albarán");
    await userEvent.type(screen.getByLabelText(/^Mensaje/), "Adjunto");
    await userEvent.click(screen.getByRole("button", { name: "Enviar" }));
    expect(await screen.findByText("too long")).toBeInTheDocument();
    expect(screen.getByLabelText(/Asunto/)).toHaveValue("Albarán");
    expect(screen.getByLabelText(/^Mensaje/)).toHaveValue("Adjunto");
    expect(onSent).not.toHaveBeenCalled();
  });
});
