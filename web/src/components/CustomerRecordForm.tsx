/** The form that opens a customer's new record (an incident, an opportunity, a repair order):
 * the customer is found first, then the command's fields follow the contact who called; once
 * written, the record's page opens. */
import { Stack } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { CommandForm, type FieldSpec } from "./CommandForm";
import { CustomerPicker, useContactOptions } from "./CustomerPicker";

interface CustomerRecordFormProps {
  /** The command's path: the written record's page is the same path below `/v1`. */
  path: string;
  fields: FieldSpec[];
  submitLabel: string;
  /** The body as the command takes it, when it is not the fields' object (CommandForm's). */
  shape?: (body: Record<string, unknown>) => object;
  onCancel: () => void;
}

export function CustomerRecordForm({ path, fields, submitLabel, shape, onCancel }: CustomerRecordFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const contacts = useContactOptions(customerId);
  return (
    <Stack>
      <CustomerPicker value={customerId} onChange={setCustomerId} />
      {customerId && (
        <CommandForm
          key={customerId}
          path={path}
          fields={[
            { name: "customerId", label: "", kind: "hidden", initial: customerId },
            { name: "contactId", label: t("common.contact"), kind: "select", options: contacts },
            ...fields,
          ]}
          shape={shape}
          submitLabel={submitLabel}
          onCancel={onCancel}
          onDone={(written) => navigate(`${path.replace(/^\/v1/, "")}/${written.id}`)}
        />
      )}
    </Stack>
  );
}

/** A record's priority, normal unless chosen otherwise. */
export function priorityField(t: TFunction): FieldSpec {
  return {
    name: "priority",
    label: t("common.priority"),
    kind: "select",
    initial: "normal",
    options: (["low", "normal", "high", "urgent"] as const).map((value) => ({ value, label: t(`priority.${value.toUpperCase()}`) })),
  };
}
