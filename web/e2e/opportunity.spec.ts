import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { MANAGER, signIn } from "./people";

test("an opportunity dragged to Lost with its reason is seen in the pipeline", async ({ page }) => {
  await signIn(page, MANAGER);
  await page.getByRole("link", { name: "Oportunidades" }).click();
  const open = page.locator('[data-testid="column-WORKING"] [draggable="true"], [data-testid="column-NEW"] [draggable="true"]').first();
  await expect(open).toBeVisible();
  await expectAccessible(page, "opportunities board");
  const number = (await open.getByRole("link").textContent())!;
  const lostBefore = await page.getByTestId("column-LOST").locator('[draggable="true"]').count();
  await open.dragTo(page.getByTestId("column-LOST"));
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Motivo" }).click();
  await page.getByRole("option").first().click();
  await dialog.getByLabel("Qué mejorar").fill("Responder antes con el presupuesto");
  await dialog.getByRole("button", { name: "Perdidas" }).click();
  await expect(dialog).toBeHidden();
  const lost = page.getByTestId("column-LOST");
  await expect(lost.getByRole("link", { name: number })).toBeVisible();
  await expect(lost.locator('[draggable="true"]')).toHaveCount(lostBefore + 1);
  await page.getByRole("tab", { name: "Cifras" }).click();
  await expect(page.getByTestId("pipeline").getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByTestId("pipeline")).toContainText("(");
  await expectAccessible(page, "pipeline");
  await page.screenshot({ path: test.info().outputPath("opportunity-lost-pipeline.png"), fullPage: true });
});
