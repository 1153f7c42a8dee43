import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithData } from "../../test-support/fakeGraphql";
import { InviteUser } from "./InviteUser";
import { treeOrder } from "./unitTree";
import { UnitTree } from "./UnitTree";

const UNITS = [
  { id: "u-norte", name: "Norte", parentId: "u-root", memberCount: 1 },
  { id: "u-root", name: "Climatizaciones", parentId: null, memberCount: 4 },
  { id: "u-bilbao", name: "Bilbao", parentId: "u-norte", memberCount: 0 },
  { id: "u-lost", name: "Huérfana", parentId: "u-gone", memberCount: 0 },
];

describe("the unit tree", () => {
  it("puts each unit under its parent, and one whose parent is unknown at the top", () => {
    expect(treeOrder(UNITS).map((unit) => `${unit.depth}:${unit.name}`)).toEqual(["0:Climatizaciones", "1:Norte", "2:Bilbao", "0:Huérfana"]);
  });

  it("shows the units indented with their members", () => {
    renderWithData(<UnitTree units={UNITS} onChanged={vi.fn()} />, {});
    const tree = screen.getByRole("list", { name: "Unidades" });
    expect(within(tree).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Climatizaciones4 personas",
      "Norte1 personas",
      "Bilbao0 personas",
      "Huérfana0 personas",
    ]);
    expect(screen.getByTestId("unit-Bilbao")).toHaveStyle({ paddingLeft: "48px" });
  });
});

describe("inviting a user", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("adds the user, then sets the password; a refused password keeps the user added once", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: "new-user", version: 1, position: 3 }), { status: 201 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ title: "Invalid", status: 422, errors: [{ field: "password", message: "too short" }] }), { status: 422 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: "new-user", version: 2, position: 4 }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    const onDone = vi.fn();
    renderWithData(<InviteUser units={[{ value: "u-norte", label: "Norte" }]} onDone={onDone} onCancel={vi.fn()} />, {});
    await userEvent.type(screen.getByLabelText(/Nombre/), "Nuria Vidal");
    await userEvent.type(screen.getByLabelText(/Correo electrónico/), "nuria@example.es");
    await userEvent.type(screen.getByLabelText(/Contraseña inicial/), "corta");
    await userEvent.click(screen.getByRole("button", { name: "Invitar a un usuario" }));
    expect(await screen.findByText("too short")).toBeInTheDocument();
    expect(screen.getByLabelText(/Nombre/)).toHaveValue("Nuria Vidal");
    await userEvent.type(screen.getByLabelText(/Contraseña inicial/), "-mucho-más-larga-2026");
    await userEvent.click(screen.getByRole("button", { name: "Invitar a un usuario" }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const paths = fetch.mock.calls.map(([path]) => path);
    expect(paths).toEqual(["/v1/users", "/v1/users/new-user/password", "/v1/users/new-user/password"]);
    expect(JSON.parse(String((fetch.mock.calls[0][1] as RequestInit).body))).toEqual({ name: "Nuria Vidal", email: "nuria@example.es", role: "agent" });
  });
});
