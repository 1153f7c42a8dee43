import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { AGENT, signIn } from "./people";

test("a task is planned and an opportunity opened for a customer, with a commercial action", async ({ page }) => {
  await signIn(page, AGENT);
  await page.getByRole("link", { name: "Tareas" }).click();
  await page.getByRole("button", { name: "Planificar tarea" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Cliente" }).fill("a");
  await page.getByRole("option").first().click();
  await dialog.getByLabel("Descripción").fill("Presentar el nuevo catálogo");
  await dialog.getByRole("combobox", { name: "Tipo" }).click();
  await page.getByRole("option").first().click();
  await dialog.getByLabel("Inicio").fill("2026-12-10T09:30");
  await expectAccessible(page, "plan a task");
  await dialog.getByRole("button", { name: "Planificar tarea" }).click();
  await expect(page.getByRole("heading", { name: /Presentar el nuevo catálogo/ })).toBeVisible();

  await page.getByRole("link", { name: "Oportunidades" }).click();
  await page.getByRole("button", { name: "Nueva oportunidad" }).click();
  await dialog.getByRole("combobox", { name: "Cliente" }).fill("a");
  await page.getByRole("option").first().click();
  await dialog.getByLabel("Asunto").fill("Renovación de la flota de calderas");
  await dialog.getByLabel("Tipo").fill("renovación");
  await dialog.getByLabel("Importe previsto").fill("12500");
  await dialog.getByRole("button", { name: "Nueva oportunidad" }).click();
  await expect(page.getByRole("heading", { name: /Renovación de la flota de calderas/ })).toBeVisible();
  await expect(page.getByText(/Importe previsto: 12500/)).toBeVisible();
  await page.getByRole("button", { name: "Registrar acción comercial" }).click();
  await dialog.getByLabel("Descripción").fill("Enviado el presupuesto por correo");
  await dialog.getByRole("button", { name: "Guardar" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Acciones pendientes: 1")).toBeVisible();
  await expectAccessible(page, "opportunity");
  await page.screenshot({ path: test.info().outputPath("task-planned-opportunity-opened.png"), fullPage: true });
});
