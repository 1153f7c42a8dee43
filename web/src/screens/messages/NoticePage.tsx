/** One notice [000 §11.6]: who called, for whom, why and what they said; forwarded to someone
 * else, the actions taken, its resolution (or reopened); its e-mails, messages and history. */
import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { CommandForm, type FieldSpec } from "../../components/CommandForm";
import { formatTime } from "../../components/format";
import { History } from "../../components/History";
import { Loading } from "../../components/Loading";
import { RecordCommunications } from "../../components/RecordCommunications";
import { graphql } from "../../gql";

const NoticeDocument = graphql(`
  query Notice($id: ID!, $atLeastPosition: Int) {
    notice(id: $id, atLeastPosition: $atLeastPosition) {
      id number code text importance status forwardCount actionCount takenAt version
      caller { kind name phone customer { id name } }
      recipient { name }
      takenBy { name }
      resolution { resolvedAt department workCentre code solution resolver { name } }
      history { type version time actorId correlationId data actor { name } }
      emails(first: 5) { edges { node { ...RecordEmail } } }
      messages(first: 5) { edges { node { ...RecordMessage } } }
    }
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
    catalogueEntries(first: 100, filter: { kind: { eq: RESOLUTION_CODES }, removed: { eq: false } }) {
      edges { node { code name } }
    }
  }
`);

type Action = "forward" | "action" | "resolve" | "reopen";
const PATHS: Record<Action, string> = { forward: "forward", action: "actions", resolve: "resolve", reopen: "reopen" };

export default function NoticePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error }, refresh] = useQuery({ query: NoticeDocument, variables: { id } });
  // The last action chosen stays, so that the closing dialog keeps its name.
  const [action, setAction] = useState<Action>("action");
  const [opened, { open, close }] = useDisclosure();
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const notice = data.notice;
  if (!notice) return <Text>{t("common.none")}</Text>;
  const people = data.users.edges.map(({ node }) => ({ value: node.id, label: node.name }));
  const forms: Record<Action, FieldSpec[]> = {
    forward: [
      { name: "recipientId", label: t("notices.recipient"), kind: "select", required: true, options: people },
      { name: "comment", label: t("notices.comment"), kind: "textarea" },
    ],
    action: [{ name: "description", label: t("notices.description"), kind: "textarea", required: true }],
    resolve: [
      { name: "department", label: t("notices.department"), kind: "text", required: true },
      { name: "workCentre", label: t("notices.workCentre"), kind: "text", required: true },
      {
        name: "resolutionCode",
        label: t("notices.resolutionCode"),
        kind: "select",
        required: true,
        options: data.catalogueEntries.edges.map(({ node }) => ({ value: node.code, label: node.name })),
      },
      { name: "solution", label: t("notices.solution"), kind: "textarea", required: true },
    ],
    reopen: [{ name: "reason", label: t("notices.reason"), kind: "textarea", required: true }],
  };
  const available: Action[] = notice.status === "OPEN" ? ["forward", "action", "resolve"] : ["reopen"];
  const done = () => {
    close();
    refresh({ requestPolicy: "network-only" });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {notice.number} · {notice.code}
        </Title>
        <Badge size="lg" data-testid="notice-status" color={notice.status === "OPEN" ? "blue" : "gray"}>
          {t(`notices.status.${notice.status}`)}
        </Badge>
      </Group>
      <Group>
        {available.map((choice) => (
          <Button
            key={choice}
            variant={choice === "resolve" ? "filled" : "default"}
            onClick={() => {
              setAction(choice);
              open();
            }}
          >
            {t(`notices.${choice}`)}
          </Button>
        ))}
      </Group>
      <Card withBorder>
        <Text style={{ whiteSpace: "pre-wrap" }}>{notice.text}</Text>
        <Text mt="sm">
          {t("notices.caller")}:{" "}
          {notice.caller.customer ? <Link to={`/customers/${notice.caller.customer.id}`}>{notice.caller.customer.name}</Link> : notice.caller.name}
          {notice.caller.phone && ` · ${notice.caller.phone}`} ({t(`notices.callerKinds.${notice.caller.kind.toLowerCase()}`)})
        </Text>
        <Text>
          {t("notices.recipient")}: {notice.recipient?.name} · {t("notices.importance")}: {notice.importance}
        </Text>
        <Text>
          {t("notices.takenBy")}: {notice.takenBy?.name} · {formatTime(notice.takenAt)}
        </Text>
        <Text>
          {t("notices.actions")}: {notice.actionCount} · {t("notices.forwards")}: {notice.forwardCount}
        </Text>
        {notice.resolution && (
          <Text mt="sm" data-testid="notice-resolution">
            {t("notices.resolution")}: {notice.resolution.code} · {notice.resolution.solution} ({notice.resolution.resolver?.name},{" "}
            {formatTime(notice.resolution.resolvedAt)})
          </Text>
        )}
      </Card>
      <History events={notice.history} recordId={notice.id} />
      <RecordCommunications
        emails={notice.emails.edges.map(({ node }) => node)}
        messages={notice.messages.edges.map(({ node }) => node)}
        related={{ type: "notice", id: notice.id }}
        onSent={() => refresh({ requestPolicy: "network-only" })}
      />
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={t(`notices.${action}`)}>
        {opened && (
          <CommandForm
            key={action}
            path={`/v1/notices/${notice.id}/${PATHS[action]}`}
            ifMatch={notice.version}
            fields={forms[action]}
            submitLabel={t(`notices.${action}`)}
            onCancel={close}
            onDone={done}
          />
        )}
      </Modal>
    </Stack>
  );
}
