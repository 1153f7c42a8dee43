/** Opening an incident [000 §11.2]: find the customer, pick the contact who called (the incident
 * keeps their details), say what happened, and the article with its warranty and invoice. */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { CustomerRecordForm, priorityField } from "../../components/CustomerRecordForm";
import { ModalButton } from "../../components/ModalButton";
import { graphql } from "../../gql";

const IncidentTypesDocument = graphql(`
  query IncidentTypes {
    catalogueEntries(first: 100, filter: { kind: { eq: INCIDENT_TYPES }, removed: { eq: false } }) {
      edges { node { code name } }
    }
  }
`);

export function OpenIncidentButton() {
  const { t } = useTranslation();
  return <ModalButton label={t("incidents.open")}>{(close) => <OpenIncidentForm onCancel={close} />}</ModalButton>;
}

function OpenIncidentForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const [{ data: types }] = useQuery({ query: IncidentTypesDocument });
  return (
    <CustomerRecordForm
      path="/v1/incidents"
      fields={[
        { name: "subject", label: t("incidents.subject"), kind: "text", required: true },
        { name: "description", label: t("incidents.description"), kind: "textarea", required: true },
        {
          name: "type",
          label: t("incidents.type"),
          kind: "select",
          initial: "general",
          options: (types?.catalogueEntries.edges ?? []).map(({ node }) => ({ value: node.code, label: node.name })),
        },
        priorityField(t),
        { name: "article.reference", label: t("incidents.article.reference"), kind: "text" },
        { name: "article.serialNumber", label: t("incidents.article.serialNumber"), kind: "text" },
        { name: "article.warrantyEndsOn", label: t("incidents.article.warrantyEndsOn"), kind: "date" },
        { name: "article.invoiceNumber", label: t("incidents.article.invoiceNumber"), kind: "text" },
        { name: "article.invoiceDate", label: t("incidents.article.invoiceDate"), kind: "date" },
      ]}
      submitLabel={t("incidents.open")}
      onCancel={onCancel}
    />
  );
}
