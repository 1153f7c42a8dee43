import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithData } from "../../test-support/fakeGraphql";
import { OpportunityBoard } from "./OpportunityBoard";

const card = (id: string, number: string, status: string) => ({
  id,
  number,
  subject: `Subject of ${number}`,
  status,
  version: 2,
  customer: { name: "Hostal La Alameda" },
  agent: null,
});
const board = {
  opportunities: { edges: [{ node: card("o-1", "OP-000001", "NEW") }, { node: card("o-2", "OP-000002", "WORKING") }] },
  catalogueEntries: { edges: [{ node: { code: "price", name: "Precio" } }] },
};

function drag(number: string, to: string) {
  const source = screen.getByText(number).closest("[draggable]") as HTMLElement;
  const carried: Record<string, string> = {};
  const dataTransfer = { setData: (kind: string, value: string) => (carried[kind] = value), getData: (kind: string) => carried[kind] };
  fireEvent.dragStart(source, { dataTransfer });
  fireEvent.drop(screen.getByTestId(`column-${to}`), { dataTransfer });
}

describe("the opportunities board", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("puts each card in its status's column", () => {
    renderWithData(<OpportunityBoard />, board);
    expect(within(screen.getByTestId("column-NEW")).getByText("OP-000001")).toBeInTheDocument();
    expect(within(screen.getByTestId("column-WORKING")).getByText("OP-000002")).toBeInTheDocument();
  });

  it("asks for the lost reason and what to improve when a card is dragged to Lost", async () => {
    renderWithData(<OpportunityBoard />, board);
    drag("OP-000002", "LOST");
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("combobox", { name: /Motivo/ })).toBeRequired();
    expect(within(dialog).getByLabelText("Qué mejorar")).toBeInTheDocument();
  });

  it("sends the move's command with the version the card showed", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: "o-2", version: 3, position: 9 }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    renderWithData(<OpportunityBoard />, board);
    drag("OP-000002", "WAITING");
    const dialog = await screen.findByRole("dialog");
    await userEvent.type(within(dialog).getByLabelText(/Comentario/), "Espera al presupuesto");
    fireEvent.change(within(dialog).getByLabelText(/Próximo contacto/), { target: { value: "2026-12-15" } });
    await userEvent.click(within(dialog).getByRole("button", { name: "En espera" }));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe("/v1/opportunities/o-2/wait");
    expect((init.headers as Record<string, string>)["If-Match"]).toBe("2");
    expect(JSON.parse(String(init.body))).toEqual({ comment: "Espera al presupuesto", nextContactOn: "2026-12-15" });
  });

  it("asks nothing and sends nothing for a move no command makes (back to New)", () => {
    renderWithData(<OpportunityBoard />, board);
    drag("OP-000002", "NEW");
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
