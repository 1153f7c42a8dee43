import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithTheme } from "../test-render";
import { CommandForm } from "./CommandForm";

function answer(status: number, body: object) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const fields = [
  { name: "note", label: "Nota", kind: "textarea" as const, required: true },
  { name: "startedAt", label: "Inicio", kind: "datetime" as const },
];

describe("a command form", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows a refusal next to the field at fault and keeps what was typed", async () => {
    answer(422, { title: "Invalid", status: 422, detail: "bad", errors: [{ field: "note", message: "too long" }] });
    const onDone = vi.fn();
    renderWithTheme(<CommandForm path="/v1/x" fields={fields} submitLabel="Enviar" onDone={onDone} />);
    await userEvent.type(screen.getByLabelText(/Nota/), "Revisado");
    await userEvent.click(screen.getByRole("button", { name: "Enviar" }));
    expect(await screen.findByText("too long")).toBeInTheDocument();
    expect(screen.getByLabelText(/Nota/)).toHaveValue("Revisado");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("shows a refusal of no field above the buttons", async () => {
    answer(412, { title: "Stale version", status: 412, detail: "someone changed it first" });
    renderWithTheme(<CommandForm path="/v1/x" fields={fields} submitLabel="Enviar" ifMatch={3} onDone={vi.fn()} />);
    await userEvent.type(screen.getByLabelText(/Nota/), "x");
    await userEvent.click(screen.getByRole("button", { name: "Enviar" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("someone changed it first");
  });

  it("sends the body in camelCase with times in UTC, and If-Match", async () => {
    const fetch = answer(200, { id: "1", version: 4, position: 9 });
    const onDone = vi.fn();
    renderWithTheme(<CommandForm path="/v1/x" fields={fields} submitLabel="Enviar" ifMatch={3} onDone={onDone} />);
    await userEvent.type(screen.getByLabelText(/Nota/), "Hecho");
    await userEvent.type(screen.getByLabelText(/Inicio/), "2026-12-01T09:00");
    await userEvent.click(screen.getByRole("button", { name: "Enviar" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ id: "1", version: 4, position: 9 }));
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe("/v1/x");
    expect((init.headers as Record<string, string>)["If-Match"]).toBe("3");
    const body = JSON.parse(String(init.body));
    expect(body.note).toBe("Hecho");
    expect(body.startedAt).toBe(new Date("2026-12-01T09:00").toISOString());
  });

  it("sends dotted names inside objects, numbers as numbers and a ticked box as true", async () => {
    const fetch = answer(201, { id: "1", version: 1, position: 2 });
    const nested = [
      { name: "article.reference", label: "Referencia", kind: "text" as const },
      { name: "article.serialNumber", label: "Serie", kind: "text" as const },
      { name: "score", label: "Puntuación", kind: "number" as const },
      { name: "done", label: "Hecha", kind: "checkbox" as const },
    ];
    renderWithTheme(<CommandForm path="/v1/x" fields={nested} submitLabel="Enviar" onDone={vi.fn()} />);
    await userEvent.type(screen.getByLabelText("Referencia"), "WM-800");
    await userEvent.type(screen.getByLabelText("Puntuación"), "85");
    await userEvent.click(screen.getByLabelText("Hecha"));
    await userEvent.click(screen.getByRole("button", { name: "Enviar" }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ article: { reference: "WM-800" }, score: 85, done: true });
  });
});
