/** Editing a customer [003, 004]: each change is its own command (rename, tax id, notes, a new
 * contact, address or valuation, the visit plan), chosen from one menu and sent with the version
 * the person saw, so a change made meanwhile by someone else is refused, not overwritten. */
import { Button, Menu, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CommandForm, type FieldSpec } from "../../components/CommandForm";

const EDITS = ["rename", "taxId", "notes", "contact", "address", "valuation", "visitPlan"] as const;
type Edit = (typeof EDITS)[number];

const PATHS: Record<Edit, string> = {
  rename: "rename",
  taxId: "tax-id",
  notes: "notes",
  contact: "contacts",
  address: "addresses",
  valuation: "valuations",
  visitPlan: "visit-plan",
};

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

interface EditedCustomer {
  id: string;
  name: string;
  taxId?: string | null;
  notes?: string | null;
  version: number;
}

export function CustomerEdits({ customer, onDone }: { customer: EditedCustomer; onDone: () => void }) {
  const { t } = useTranslation();
  // The last edit chosen stays, so that the closing dialog keeps its name.
  const [edit, setEdit] = useState<Edit>("rename");
  const [opened, { open, close }] = useDisclosure();
  const choices = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const fields: Record<Edit, FieldSpec[]> = {
    rename: [
      { name: "name", label: t("customers.name"), kind: "text", required: true, initial: customer.name },
      { name: "legalName", label: t("customers.legalName"), kind: "text" },
    ],
    taxId: [{ name: "taxId", label: t("customers.taxId"), kind: "text", initial: customer.taxId ?? "" }],
    notes: [{ name: "notes", label: t("customers.notes"), kind: "textarea", required: true, initial: customer.notes ?? "" }],
    contact: [
      { name: "name", label: t("customers.name"), kind: "text", required: true },
      { name: "position", label: t("customers.position"), kind: "text" },
      { name: "phone", label: t("customers.phone"), kind: "text" },
      { name: "email", label: t("customers.email"), kind: "text" },
    ],
    address: [
      { name: "kind", label: t("customers.kind"), kind: "select", required: true, initial: "billing", options: choices("customers.addressKinds", ["billing", "delivery", "visit", "other"]) },
      { name: "street", label: t("customers.street"), kind: "text", required: true },
      { name: "postalCode", label: t("customers.postalCode"), kind: "text" },
      { name: "city", label: t("customers.city"), kind: "text", required: true },
      { name: "province", label: t("customers.province"), kind: "text" },
      { name: "country", label: t("customers.country"), kind: "text", initial: "ES" },
      { name: "label", label: t("customers.label"), kind: "text" },
    ],
    valuation: [
      { name: "kind", label: t("customers.kind"), kind: "select", required: true, initial: "commercial", options: choices("customers.valuationKinds", ["economic", "commercial", "strategic", "other"]) },
      { name: "score", label: t("customers.score"), kind: "number", required: true },
      { name: "note", label: t("customers.note"), kind: "textarea" },
    ],
    visitPlan: [
      { name: "weekdays", label: t("customers.weekdays"), kind: "multiselect", required: true, options: choices("customers.days", WEEKDAYS) },
      { name: "windowStarts", label: t("customers.windowStarts"), kind: "time", required: true },
      { name: "windowEnds", label: t("customers.windowEnds"), kind: "time", required: true },
      { name: "frequency", label: t("customers.frequency"), kind: "select", required: true, initial: "weekly", options: choices("customers.frequencies", ["weekly", "fortnightly", "monthly", "every_n_weeks"]) },
      { name: "everyWeeks", label: t("customers.everyWeeks"), kind: "number" },
      { name: "startsOn", label: t("customers.startsOn"), kind: "date", required: true },
    ],
  };
  return (
    <>
      <Menu>
        <Menu.Target>
          <Button variant="default">{t("customers.edit")}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {EDITS.map((choice) => (
            <Menu.Item
              key={choice}
              onClick={() => {
                setEdit(choice);
                open();
              }}
            >
              {t(`customers.edits.${choice}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={t(`customers.edits.${edit}`)}>
        {opened && (
          <CommandForm
            key={edit}
            path={`/v1/customers/${customer.id}/${PATHS[edit]}`}
            ifMatch={customer.version}
            fields={fields[edit]}
            submitLabel={t("common.save")}
            onCancel={close}
            onDone={() => {
              close();
              onDone();
            }}
          />
        )}
      </Modal>
    </>
  );
}
