import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { MANAGER, signIn } from "./people";

test("a task is followed up into the next one, for another operator", async ({ page }) => {
  await signIn(page, MANAGER);
  await page.getByRole("link", { name: "Tareas" }).click();
  await expect(page.getByRole("tab", { name: /Mis tareas/ })).toBeVisible();
  await expectAccessible(page, "work queues");
  await page.getByRole("row", { name: /Visita de seguimiento/ }).getByRole("link").first().click();
  await page.getByRole("main").getByRole("button", { name: "Seguimiento" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Resultado").fill("El cliente quiere ampliar el contrato");
  await dialog.getByLabel("Descripción").fill("Llamar para ampliar el contrato");
  await dialog.getByRole("combobox", { name: "Operador" }).click();
  await page.getByRole("option", { name: "Elena Sánchez Vidal" }).click();
  await dialog.getByLabel("Inicio").fill("2026-12-09T10:00");
  await dialog.getByRole("button", { name: "Seguimiento" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("link", { name: "Siguiente tarea" }).first().click();
  await expect(page.getByRole("heading", { name: /Llamar para ampliar el contrato/ })).toBeVisible();
  await expect(page.getByText("Operador: Elena Sánchez Vidal")).toBeVisible();
  await expectAccessible(page, "task");
  await page.screenshot({ path: test.info().outputPath("task-followed-up.png"), fullPage: true });
});
