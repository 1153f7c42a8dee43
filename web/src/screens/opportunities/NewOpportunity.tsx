/** Opening an opportunity [000 §11.1]: the customer and contact, what it is about, how the
 * customer heard of us, who sells it, and the amount and day it is expected for. */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { CustomerRecordForm, priorityField } from "../../components/CustomerRecordForm";
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
  const [{ data }] = useQuery({ query: SellersDocument });
  const sellers = (data?.users.edges ?? [])
    .filter(({ node }) => SELLING_ROLES.has(node.role))
    .map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <CustomerRecordForm
      path="/v1/opportunities"
      fields={[
        { name: "subject", label: t("opportunities.subject"), kind: "text", required: true },
        { name: "type", label: t("opportunities.type"), kind: "text", required: true },
        { name: "notes", label: t("opportunities.notes"), kind: "textarea" },
        { name: "source", label: t("opportunities.source"), kind: "text" },
        { name: "agentId", label: t("opportunities.agent"), kind: "select", options: sellers },
        priorityField(t),
        { name: "expectedAmount", label: t("opportunities.expectedAmount"), kind: "number" },
        { name: "expectedOn", label: t("opportunities.expectedOn"), kind: "date" },
      ]}
      submitLabel={t("opportunities.new")}
      onCancel={onCancel}
    />
  );
}
