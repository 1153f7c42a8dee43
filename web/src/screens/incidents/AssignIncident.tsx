/** Assigning an incident to a technician [000 §11.2]: the company's technicians to choose from. */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { CommandForm } from "../../components/CommandForm";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";

const TechniciansDocument = graphql(`
  query Technicians {
    users(first: 100, filter: { role: { eq: "technician" } }, orderBy: [{ field: NAME }]) {
      edges { node { id name } }
    }
  }
`);

interface AssignIncidentProps {
  incidentId: string;
  assigneeId?: string;
  onDone: () => void;
  onCancel: () => void;
}

export function AssignIncident({ incidentId, assigneeId, onDone, onCancel }: AssignIncidentProps) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: TechniciansDocument });
  if (!data) return <Loading error={error} />;
  const technicians = data.users.edges.map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <CommandForm
      path={`/v1/incidents/${incidentId}/assign`}
      fields={[
        {
          name: "technicianId",
          label: t("incidents.assignee"),
          kind: "select",
          required: true,
          options: technicians,
          initial: assigneeId,
        },
      ]}
      submitLabel={t("incidents.assign")}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
