/** Opening an opportunity [000 §11.1]: the customer and contact, what it is about, how the
 * customer heard of us, who sells it, and the amount and day it is expected for. */
import { Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { CommandForm } from "../../components/CommandForm";
import { CustomerPicker, useContactOptions } from "../../components/CustomerPicker";
import { ModalButton } from "../../components/ModalButton";
import { graphql } from "../../gql";

const SellersDocument = graphql(`
  query Sellers {
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name role } } }
  }
`);

const SELLING_ROLES = new Set(["agent", "manager", "admin"]);

export function NewOpportunityButton() {
  const { t } = useTranslation();
  return <ModalButton label={t("opportunities.new")}>{(close) => <NewOpportunityForm onCancel={close} />}</ModalButton>;
}

function NewOpportunityForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const contacts = useContactOptions(customerId);
  const [{ data }] = useQuery({ query: SellersDocument });
  const sellers = (data?.users.edges ?? [])
    .filter(({ node }) => SELLING_ROLES.has(node.role))
    .map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <Stack>
      <CustomerPicker value={customerId} onChange={setCustomerId} />
      {customerId && (
        <CommandForm
          key={customerId}
          path="/v1/opportunities"
          fields={[
            { name: "customerId", label: "", kind: "hidden", initial: customerId },
            { name: "contactId", label: t("common.contact"), kind: "select", options: contacts },
            { name: "subject", label: t("opportunities.subject"), kind: "text", required: true },
            { name: "type", label: t("opportunities.type"), kind: "text", required: true },
            { name: "notes", label: t("opportunities.notes"), kind: "textarea" },
            { name: "source", label: t("opportunities.source"), kind: "text" },
            { name: "agentId", label: t("opportunities.agent"), kind: "select", options: sellers },
            {
              name: "priority",
              label: t("common.priority"),
              kind: "select",
              initial: "normal",
              options: (["low", "normal", "high", "urgent"] as const).map((value) => ({
                value,
                label: t(`priority.${value.toUpperCase()}`),
              })),
            },
            { name: "expectedAmount", label: t("opportunities.expectedAmount"), kind: "number" },
            { name: "expectedOn", label: t("opportunities.expectedOn"), kind: "date" },
          ]}
          submitLabel={t("opportunities.new")}
          onCancel={onCancel}
          onDone={(written) => navigate(`/opportunities/${written.id}`)}
        />
      )}
    </Stack>
  );
}
