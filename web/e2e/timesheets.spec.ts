import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { MANAGER, signIn } from "./people";

test("a manager sees a team's week with its totals, a member's lines, and the agents' activity", async ({ page }) => {
  await signIn(page, MANAGER);
  await page.getByRole("navigation").getByRole("link", { name: "Partes de horas" }).click();
  await expect(page.getByTestId("week-total")).toBeVisible();
  await page.getByRole("combobox", { name: "Parte de" }).click();
  await page.getByRole("group", { name: "Equipos" }).getByRole("option").first().click();
  const team = page.getByTestId("team-week");
  await expect(team).toBeVisible();
  await expect(team.getByRole("row")).not.toHaveCount(2);
  await expectAccessible(page, "team timesheet");
  await team.getByRole("button").first().click();
  await expect(page.getByTestId("week-total")).toBeVisible();
  await expectAccessible(page, "timesheet");
  await page.getByRole("navigation").getByRole("link", { name: "Actividad" }).click();
  await expect(page.getByTestId("agent-activity").getByRole("row").nth(1)).toBeVisible();
  await expectAccessible(page, "agent activity");
  await page.screenshot({ path: test.info().outputPath("agent-activity.png"), fullPage: true });
});
