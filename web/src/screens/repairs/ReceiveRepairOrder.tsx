/** Receiving an article for repair [000 §11.3]: the customer and contact, the fault as they tell
 * it, the accessories handed in, the warranty, and who takes it in (oneself, by default). */
import { Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSession } from "../../auth/session";
import { CommandForm } from "../../components/CommandForm";
import { CustomerPicker, useContactOptions } from "../../components/CustomerPicker";
import { ModalButton } from "../../components/ModalButton";
import { useTechnicianOptions } from "./technicians";

export function ReceiveRepairOrderButton() {
  const { t } = useTranslation();
  return <ModalButton label={t("repairs.receive")}>{(close) => <ReceiveForm onCancel={close} />}</ModalButton>;
}

function ReceiveForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const contacts = useContactOptions(customerId);
  const technicians = useTechnicianOptions();
  return (
    <Stack>
      <CustomerPicker value={customerId} onChange={setCustomerId} />
      {customerId && (
        <CommandForm
          key={customerId}
          path="/v1/repair-orders"
          fields={[
            { name: "customerId", label: "", kind: "hidden", initial: customerId },
            { name: "contactId", label: t("common.contact"), kind: "select", options: contacts },
            { name: "faultDescription", label: t("repairs.fault"), kind: "textarea", required: true },
            { name: "accessories", label: t("repairs.accessories"), kind: "tags" },
            { name: "warranty.inWarranty", label: t("repairs.inWarranty"), kind: "checkbox" },
            { name: "warranty.reference", label: t("repairs.warrantyReference"), kind: "text" },
            { name: "receivedBy", label: t("repairs.receivedBy"), kind: "select", required: true, initial: me.role === "technician" ? me.id : technicians[0]?.value, options: technicians },
            {
              name: "priority",
              label: t("common.priority"),
              kind: "select",
              initial: "normal",
              options: (["low", "normal", "high", "urgent"] as const).map((value) => ({ value, label: t(`priority.${value.toUpperCase()}`) })),
            },
          ]}
          shape={(body) => ({ ...body, warranty: { inWarranty: false, ...(body.warranty as object | undefined) } })}
          submitLabel={t("repairs.receive")}
          onCancel={onCancel}
          onDone={(written) => navigate(`/repair-orders/${written.id}`)}
        />
      )}
    </Stack>
  );
}
