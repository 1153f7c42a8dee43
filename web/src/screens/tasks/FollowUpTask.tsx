/** Following a task up [001]: what it found closes it, and the next task is planned in the same
 * command, for oneself or for another operator, of any type of the company's catalogue. */
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { CommandForm } from "../../components/CommandForm";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";

const FollowUpChoicesDocument = graphql(`
  query FollowUpChoices {
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
    catalogueEntries(first: 100, filter: { kind: { eq: TASK_TYPES }, removed: { eq: false } }) {
      edges { node { code name } }
    }
  }
`);

interface FollowUpTaskProps {
  task: { id: string; version: number; type: string; description: string; operator?: { id: string } | null };
  onDone: (nextTaskId: string) => void;
  onCancel: () => void;
}

export function FollowUpTask({ task, onDone, onCancel }: FollowUpTaskProps) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: FollowUpChoicesDocument });
  if (!data) return <Loading error={error} />;
  return (
    <CommandForm
      path={`/v1/tasks/${task.id}/follow-up`}
      ifMatch={task.version}
      fields={[
        { name: "outcome", label: t("tasks.outcome"), kind: "textarea", required: true },
        { name: "description", label: t("tasks.description"), kind: "textarea", required: true, initial: task.description },
        {
          name: "type",
          label: t("tasks.type"),
          kind: "select",
          required: true,
          initial: task.type,
          options: data.catalogueEntries.edges.map(({ node }) => ({ value: node.code, label: node.name })),
        },
        {
          name: "operatorId",
          label: t("tasks.operator"),
          kind: "select",
          initial: task.operator?.id,
          options: data.users.edges.map(({ node }) => ({ value: node.id, label: node.name })),
        },
        { name: "startsAt", label: t("tasks.startsAt"), kind: "datetime", required: true },
        { name: "endsAt", label: t("tasks.endsAt"), kind: "datetime" },
      ]}
      submitLabel={t("tasks.followUp")}
      onDone={(written) => onDone(String(written.nextTaskId))}
      onCancel={onCancel}
    />
  );
}
