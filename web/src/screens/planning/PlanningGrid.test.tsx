import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithTheme } from "../../test-render";
import { moveCommands, type PlanCard } from "./planMoves";
import { PlanningGrid } from "./PlanningGrid";
import { MemoryRouter } from "react-router";

const JORGE = { id: "u-jorge", name: "Jorge Martín" };
const PABLO = { id: "u-pablo", name: "Pablo Ruiz" };
const DAYS = ["2026-12-07", "2026-12-08"];

function card(kind: PlanCard["kind"], overrides: Partial<PlanCard> = {}): PlanCard {
  return {
    kind,
    id: `${kind}-1`,
    version: 3,
    number: kind === "TASK" ? "T-000001" : "RO-000001",
    title: "Revisar la caldera",
    personId: JORGE.id,
    startsAt: new Date(2026, 11, 7, 10, 0).toISOString(),
    endsAt: new Date(2026, 11, 7, 12, 0).toISOString(),
    confirmed: false,
    colour: "#ff0000",
    ...overrides,
  };
}

describe("the planning board", () => {
  it("shows each card in its technician's row and day, planned or confirmed in words", () => {
    renderWithTheme(
      <MemoryRouter>
        <PlanningGrid people={[JORGE, PABLO]} days={DAYS} cards={[card("TASK"), card("REPAIR_ORDER", { confirmed: true, personId: PABLO.id })]} onMove={vi.fn()} />
      </MemoryRouter>,
    );
    expect(within(screen.getByTestId(`cell-${JORGE.id}-2026-12-07`)).getByText("T-000001")).toBeInTheDocument();
    expect(within(screen.getByTestId("plan-card-T-000001")).getByText("Prevista")).toBeInTheDocument();
    expect(within(screen.getByTestId("plan-card-RO-000001")).getByText("Confirmada")).toBeInTheDocument();
  });

  it("moves a card with the keyboard to another technician and day", async () => {
    const onMove = vi.fn();
    const task = card("TASK");
    renderWithTheme(
      <MemoryRouter>
        <PlanningGrid people={[JORGE, PABLO]} days={DAYS} cards={[task]} onMove={onMove} />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Mover T-000001" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.selectOptions(within(dialog).getByLabelText("Técnico"), PABLO.id);
    await userEvent.selectOptions(within(dialog).getByLabelText("Día"), "2026-12-08");
    await userEvent.click(within(dialog).getByRole("button", { name: "Mover" }));
    expect(onMove).toHaveBeenCalledWith(task, PABLO.id, "2026-12-08");
  });
});

describe("a move on the planning board", () => {
  it("reassigns a task and reschedules it to the new day at the same hours", () => {
    const [reassign, reschedule] = moveCommands(card("TASK"), PABLO.id, "2026-12-08");
    expect(reassign).toEqual({ path: "/v1/tasks/TASK-1/reassign", body: { operatorId: PABLO.id } });
    expect(reschedule.path).toBe("/v1/tasks/TASK-1/reschedule");
    expect(new Date(String(reschedule.body.startsAt)).getDate()).toBe(8);
    expect(new Date(String(reschedule.body.startsAt)).getHours()).toBe(10);
  });

  it("schedules a repair order again in one command, and sends nothing when it stays put", () => {
    const order = card("REPAIR_ORDER");
    const [schedule] = moveCommands(order, PABLO.id, "2026-12-07");
    expect(schedule).toEqual({
      path: "/v1/repair-orders/REPAIR_ORDER-1/schedule",
      body: { technicianId: PABLO.id, startsAt: order.startsAt, endsAt: order.endsAt },
    });
    expect(moveCommands(order, JORGE.id, "2026-12-07")).toEqual([]);
  });
});
