import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { MANAGER, signIn } from "./people";

test("an agenda entry is dragged to another day", async ({ page }) => {
  await signIn(page, MANAGER);
  await page.getByRole("link", { name: "Agenda" }).click();
  const entry = page.locator(".fc-timegrid-event", { hasText: "Reunión semanal" });
  await expect(entry).toBeVisible();
  await expectAccessible(page, "agenda");
  const column = entry.locator("xpath=ancestor::td[contains(@class,'fc-timegrid-col')]");
  const from = await column.getAttribute("data-date");
  const days = await page.locator("td.fc-timegrid-col[data-date]").evaluateAll((cells) =>
    cells.map((cell) => cell.getAttribute("data-date")),
  );
  const to = days[days.indexOf(from) + 1]!;
  const source = (await entry.boundingBox())!;
  const target = (await page.locator(`td.fc-timegrid-col[data-date="${to}"]`).boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + 5);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, source.y + 5, { steps: 12 });
  // The calendar shows the entry moved at once; the reload must wait for the command's answer.
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/v1/"));
  await page.mouse.up();
  expect((await answered).ok()).toBe(true);
  const moved = page.locator(`td.fc-timegrid-col[data-date="${to}"] .fc-timegrid-event`, { hasText: "Reunión semanal" });
  await expect(moved).toBeVisible();
  await page.reload();
  await expect(moved).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("agenda-entry-moved.png"), fullPage: true });
});
