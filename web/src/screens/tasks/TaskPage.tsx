/** One task [001, 002]: take charge of it, follow it up into the next task (for oneself or
 * another operator), close it with a note, cancel it, reopen it; and its history. */
import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { command } from "../../api/commands";
import { useLiveRefresh } from "../../api/live";
import { CommandForm, type FieldSpec } from "../../components/CommandForm";
import { formatTime } from "../../components/format";
import { History } from "../../components/History";
import { RecordCommunications } from "../../components/RecordCommunications";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import { FollowUpTask } from "./FollowUpTask";

const TaskDocument = graphql(`
  query Task($id: ID!, $atLeastPosition: Int) {
    task(id: $id, atLeastPosition: $atLeastPosition) {
      id number description type status inPreparation isPriority outcome closingNote
      cancellationReason plannedStartsAt plannedEndsAt version followedUpById followsTaskId
      operator { id name }
      customer { id name }
      typeEntry { name colour }
      history { type version time actorId correlationId data actor { name } }
      emails(first: 5) { edges { node { ...RecordEmail } } }
      messages(first: 5) { edges { node { ...RecordMessage } } }
    }
  }
`);

type Action = "followUp" | "close" | "cancel" | "reopen";

export default function TaskPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error }, refresh] = useQuery({ query: TaskDocument, variables: { id } });
  const [action, setAction] = useState<Action | null>(null);
  const [next, setNext] = useState<string | null>(null);
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const task = data.task;
  if (!task) return <Text>{t("common.none")}</Text>;
  const planned = task.status === "PLANNED";
  const done = () => {
    setAction(null);
    refresh({ requestPolicy: "network-only" });
  };
  const simple: Record<Exclude<Action, "followUp">, FieldSpec[]> = {
    close: [{ name: "note", label: t("tasks.note"), kind: "textarea" }],
    cancel: [{ name: "reason", label: t("tasks.reason"), kind: "textarea", required: true }],
    reopen: [{ name: "reason", label: t("tasks.reason"), kind: "textarea", required: true }],
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {task.number} · {task.description}
        </Title>
        <Badge size="lg" color={task.typeEntry?.colour ?? "gray"}>
          {t(`tasks.statuses.${task.status}`)}
        </Badge>
      </Group>
      {next && (
        <Alert color="green">
          {t("tasks.nextCreated")}: <Link to={`/tasks/${next}`}>{t("tasks.nextTask")}</Link>
        </Alert>
      )}
      <Group>
        {planned && task.inPreparation && (
          <Button
            onClick={async () => {
              await command(`/v1/tasks/${task.id}/take-charge`, {}, { ifMatch: task.version });
              done();
            }}
          >
            {t("tasks.takeCharge")}
          </Button>
        )}
        {planned && <Button onClick={() => setAction("followUp")}>{t("tasks.followUp")}</Button>}
        {planned && <Button variant="default" onClick={() => setAction("close")}>{t("tasks.close")}</Button>}
        {planned && <Button variant="default" onClick={() => setAction("cancel")}>{t("tasks.cancel")}</Button>}
        {!planned && !task.followedUpById && (
          <Button variant="default" onClick={() => setAction("reopen")}>{t("tasks.reopen")}</Button>
        )}
        {task.followedUpById && (
          <Button component={Link} to={`/tasks/${task.followedUpById}`} variant="subtle">
            {t("tasks.nextTask")}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <Text>
          {t("tasks.type")}: {task.typeEntry?.name ?? task.type}
        </Text>
        <Text>
          {t("tasks.customer")}: {task.customer?.name}
        </Text>
        <Text>
          {t("tasks.operator")}: {task.operator?.name ?? t("tasks.queues.preparation")}
        </Text>
        <Text>
          {t("tasks.startsAt")}: {formatTime(task.plannedStartsAt)}
          {task.plannedEndsAt && ` – ${formatTime(task.plannedEndsAt)}`}
        </Text>
        {task.outcome && <Text>{t("tasks.outcome")}: {task.outcome}</Text>}
        {task.closingNote && <Text>{t("tasks.note")}: {task.closingNote}</Text>}
        {task.cancellationReason && <Text>{t("tasks.reason")}: {task.cancellationReason}</Text>}
      </Card>
      <History events={task.history} recordId={task.id} />
      <RecordCommunications
        emails={task.emails.edges.map(({ node }) => node)}
        messages={task.messages.edges.map(({ node }) => node)}
        related={{ type: "task", id: task.id }}
        onSent={() => refresh({ requestPolicy: "network-only" })}
      />
      <Modal
        closeButtonProps={{ "aria-label": t("common.cancel") }}
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action ? t(`tasks.${action}`) : ""}
        size="lg"
      >
        {action === "followUp" && (
          <FollowUpTask
            task={task}
            onDone={(nextTaskId) => {
              setNext(nextTaskId);
              done();
            }}
            onCancel={() => setAction(null)}
          />
        )}
        {action && action !== "followUp" && (
          <CommandForm
            path={`/v1/tasks/${task.id}/${action}`}
            fields={simple[action]}
            ifMatch={task.version}
            submitLabel={t(`tasks.${action}`)}
            onDone={done}
            onCancel={() => setAction(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
