import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { AGENT, signIn } from "./people";

test("a prospect is created and converted to a customer", async ({ page }) => {
  await signIn(page, AGENT);
  await page.getByRole("link", { name: "Clientes" }).click();
  await expectAccessible(page, "customers");
  await page.getByRole("button", { name: "Nuevo cliente" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Nombre").fill("Panadería Hermanos Gil");
  await dialog.getByLabel("NIF").fill("B12345674");
  await dialog.getByRole("button", { name: "Guardar" }).click();
  await expect(page.getByRole("heading", { name: /Panadería Hermanos Gil/ })).toBeVisible();
  await expect(page.getByTestId("customer-kind")).toHaveText("Posible cliente");
  await page.getByRole("button", { name: "Convertir en cliente" }).click();
  await expect(page.getByTestId("customer-kind")).toHaveText("Cliente");
  await expectAccessible(page, "customer");
  await page.getByRole("link", { name: "Clientes" }).click();
  await page.getByRole("textbox", { name: /Buscar/ }).fill("Hermanos Gil");
  await expect(page.getByRole("row", { name: /Panadería Hermanos Gil/ })).toContainText("Cliente");
  await page.screenshot({ path: test.info().outputPath("prospect-converted.png"), fullPage: true });
});
