/** The work queues [001, 002]: one's own open tasks, the urgent ones (priority types), those in
 * preparation (nobody took charge), those closed without follow-up and those without deadline. */
import { Anchor, Badge, Group, Stack, Table, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { useSession } from "../../auth/session";
import { formatTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import type { QueueTaskFragment } from "../../gql/graphql";
import { NewTaskButtons } from "./NewTask";

graphql(`
  fragment QueueTask on Task {
    id number description type status inPreparation isPriority plannedStartsAt
    operator { name }
    customer { name }
  }
`);

const TaskQueuesDocument = graphql(`
  query TaskQueues($me: ID!, $atLeastPosition: Int) {
    mine: tasks(first: 50, filter: { operatorId: { eq: $me }, status: { eq: PLANNED } }, atLeastPosition: $atLeastPosition) {
      edges { node { ...QueueTask } }
    }
    urgent: urgentTasks(first: 50) { edges { node { ...QueueTask } } }
    preparation: tasksInPreparation(first: 50) { edges { node { ...QueueTask } } }
    withoutFollowUp: tasksWithoutFollowUp(first: 50) { edges { node { ...QueueTask } } }
    withoutDeadline: tasksWithoutDeadline(first: 50) { edges { node { ...QueueTask } } }
  }
`);

const QUEUES = ["mine", "urgent", "preparation", "withoutFollowUp", "withoutDeadline"] as const;

export default function TaskQueues() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [{ data, error }, refresh] = useQuery({ query: TaskQueuesDocument, variables: { me: me.id } });
  const navigate = useNavigate();
  useLiveRefresh(refresh);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("tasks.title")}</Title>
        <NewTaskButtons onDone={(written) => navigate(`/tasks/${written.id}`)} />
      </Group>
      {!data ? (
        <Loading error={error} />
      ) : (
        <Tabs defaultValue="mine" keepMounted={false}>
          <Tabs.List>
            {QUEUES.map((queue) => (
              <Tabs.Tab key={queue} value={queue}>
                {t(`tasks.queues.${queue}`)} ({data[queue].edges.length})
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {QUEUES.map((queue) => (
            <Tabs.Panel key={queue} value={queue} pt="sm">
              <QueueTable rows={data[queue].edges.map((edge) => edge.node)} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}

function QueueTable({ rows }: { rows: QueueTaskFragment[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("tasks.number")}</Table.Th>
            <Table.Th>{t("tasks.description")}</Table.Th>
            <Table.Th>{t("tasks.customer")}</Table.Th>
            <Table.Th>{t("tasks.operator")}</Table.Th>
            <Table.Th>{t("tasks.startsAt")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Anchor component={Link} to={`/tasks/${task.id}`}>
                  {task.number}
                </Anchor>{" "}
                {task.isPriority && (
                  <Badge color={task.inPreparation ? "red" : "yellow"} size="sm">
                    {t("tasks.queues.urgent")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{task.description}</Table.Td>
              <Table.Td>{task.customer?.name}</Table.Td>
              <Table.Td>{task.operator?.name ?? t("tasks.queues.preparation")}</Table.Td>
              <Table.Td>{formatTime(task.plannedStartsAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
