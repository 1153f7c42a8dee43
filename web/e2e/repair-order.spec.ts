import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { MANAGER, signIn } from "./people";

/** A day of next week (Monday + `offset`), as a datetime-local input takes it. */
function nextWeek(offset: number, time: string): string {
  const day = new Date();
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7) + 7 + offset);
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
  return `${iso}T${time}`;
}

function yesterday(time: string): string {
  const day = new Date(Date.now() - 86_400_000);
  return `${day.toISOString().slice(0, 10)}T${time}`;
}

test("a repair order is received, scheduled, worked, delivered, reopened by a low rating and moved on the planning board", async ({ page }) => {
  await signIn(page, MANAGER);
  await page.getByRole("link", { name: "Reparaciones" }).click();
  await expectAccessible(page, "repair orders");
  await page.getByRole("button", { name: "Recibir un artículo" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Cliente" }).fill("a");
  await page.getByRole("option").first().click();
  await dialog.getByLabel("Avería").fill("El compresor hace ruido al arrancar");
  await dialog.getByLabel("Accesorios entregados").fill("Cable de red");
  await dialog.getByLabel("Accesorios entregados").press("Enter");
  await dialog.getByRole("button", { name: "Recibir un artículo" }).click();
  await expect(page.getByRole("heading", { name: /^OR-/ })).toBeVisible();
  await expect(page.getByTestId("repair-status")).toHaveText("Recibida");

  const act = async (action: string, fill: () => Promise<void>) => {
    await page.getByRole("main").getByRole("button", { name: action }).click();
    await fill();
    await dialog.getByRole("button", { name: action }).click();
    await expect(dialog).toBeHidden();
  };
  await act("Planificar", async () => {
    await dialog.getByRole("combobox", { name: "Técnico" }).click();
    await page.getByRole("option", { name: "Jorge Martín Soler" }).click();
    await dialog.getByLabel("Inicio").fill(nextWeek(1, "10:00"));
    await dialog.getByLabel("Fin").fill(nextWeek(1, "12:00"));
  });
  await expect(page.getByTestId("repair-status")).toHaveText("Planificada");
  await act("Registrar trabajo", async () => {
    await dialog.getByLabel("Trabajo realizado").fill("Cambiado el condensador");
    await dialog.getByLabel("Inicio").fill(yesterday("08:00"));
    await dialog.getByLabel("Fin").fill(yesterday("09:30"));
    await dialog.getByLabel("Con esto termina la reparación").check();
  });
  await expect(page.getByTestId("repair-status")).toHaveText("Terminada");
  await act("Entregar", async () => {});
  await expect(page.getByTestId("repair-status")).toHaveText("Entregada");
  await act("Verificar con el cliente", async () => {
    await dialog.getByLabel("Valoración (1 a 5)").fill("2");
    await dialog.getByLabel("Comentarios del cliente").fill("Sigue haciendo ruido");
  });
  await expect(page.getByTestId("repair-status")).toHaveText("En curso");
  await expect(page.getByTestId("repair-rating")).toContainText("2");
  await expectAccessible(page, "repair order");
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.split(" · ")[0];

  await page.getByRole("link", { name: "Planificación" }).click();
  await page.getByRole("button", { name: "Semana siguiente" }).click();
  const card = page.getByTestId(`plan-card-${number}`);
  await expect(card).toContainText("Confirmada");
  await expectAccessible(page, "planning board");
  const tuesday = nextWeek(1, "").slice(0, 10);
  const wednesday = nextWeek(2, "").slice(0, 10);
  const pablo = page.getByRole("row", { name: /Pablo Ruiz/ });
  const target = pablo.locator(`[data-testid$="-${wednesday}"]`);
  await expect(page.locator(`[data-testid$="-${tuesday}"]`).getByTestId(`plan-card-${number}`)).toBeVisible();
  await card.dragTo(target);
  await expect(target.getByTestId(`plan-card-${number}`)).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Semana siguiente" }).click();
  await expect(page.getByRole("row", { name: /Pablo Ruiz/ }).locator(`[data-testid$="-${wednesday}"]`).getByTestId(`plan-card-${number}`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("repair-order-planning.png"), fullPage: true });
});
