import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithData } from "../../test-support/fakeGraphql";
import { weekOf } from "./TimesheetPage";
import { TimesheetWeek } from "./TimesheetWeek";

const line = (id: string, minutes: number, sourceType: string) => ({
  id,
  startedAt: "2026-12-01T09:00:00Z",
  endedAt: "2026-12-01T09:45:00Z",
  minutes,
  note: `note ${id}`,
  sourceType,
  sourceId: `src-${id}`,
  sourceNumber: sourceType === "incident" ? "INC-000007" : "",
});

describe("a timesheet week", () => {
  it("shows every day, each day's total and the week's, and links a line to its record", () => {
    const days = weekOf(
      ["2026-11-30", "2026-12-01", "2026-12-02"],
      [{ day: "2026-12-01", totalMinutes: 95, lines: [line("a", 45, "incident"), line("b", 50, "manual")] }],
    );
    renderWithData(<TimesheetWeek name="Jorge" days={days} totalMinutes={95} onWithdraw={vi.fn()} />, {});
    expect(screen.getByTestId("week-total")).toHaveTextContent("1 h 35 min");
    expect(screen.getByTestId("day-2026-11-30")).toHaveTextContent("0 min");
    const tuesday = screen.getByTestId("day-2026-12-01");
    expect(tuesday).toHaveTextContent("1 h 35 min");
    expect(within(tuesday).getByRole("link", { name: "INC-000007" })).toHaveAttribute("href", "/incidents/src-a");
    // Only a line added by hand may be withdrawn.
    expect(within(tuesday).getAllByRole("button", { name: /Retirar/ })).toHaveLength(1);
  });
});
