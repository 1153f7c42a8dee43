/** Receiving an article for repair [000 §11.3]: the customer and contact, the fault as they tell
 * it, the accessories handed in, the warranty, and who takes it in (oneself, by default). */
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session";
import { CustomerRecordForm, priorityField } from "../../components/CustomerRecordForm";
import { ModalButton } from "../../components/ModalButton";
import { useTechnicianOptions } from "./technicians";

export function ReceiveRepairOrderButton() {
  const { t } = useTranslation();
  return <ModalButton label={t("repairs.receive")}>{(close) => <ReceiveForm onCancel={close} />}</ModalButton>;
}

function ReceiveForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const technicians = useTechnicianOptions();
  return (
    <CustomerRecordForm
      path="/v1/repair-orders"
      fields={[
        { name: "faultDescription", label: t("repairs.fault"), kind: "textarea", required: true },
        { name: "accessories", label: t("repairs.accessories"), kind: "tags" },
        { name: "warranty.inWarranty", label: t("repairs.inWarranty"), kind: "checkbox" },
        { name: "warranty.reference", label: t("repairs.warrantyReference"), kind: "text" },
        { name: "receivedBy", label: t("repairs.receivedBy"), kind: "select", required: true, initial: me.role === "technician" ? me.id : technicians[0]?.value, options: technicians },
        priorityField(t),
      ]}
      shape={(body) => ({ ...body, warranty: { inWarranty: false, ...(body.warranty as object | undefined) } })}
      submitLabel={t("repairs.receive")}
      onCancel={onCancel}
    />
  );
}
