/** One incident [000 §11.2]: its details, what can be done next, its customer's other open
 * records beside it, and its history. */
import { Badge, Button, Card, Grid, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { CommandForm, type FieldSpec } from "../../components/CommandForm";
import { formatTime } from "../../components/format";
import { History } from "../../components/History";
import { RecordCommunications } from "../../components/RecordCommunications";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import { AssignIncident } from "./AssignIncident";

const IncidentDocument = graphql(`
  query Incident($id: ID!, $atLeastPosition: Int) {
    incident(id: $id, atLeastPosition: $atLeastPosition) {
      id number subject description status priority type resolution minutesWorked openedAt closedAt version
      assignee { id name }
      contact { name phone email }
      article { reference serialNumber warrantyEndsOn invoiceNumber invoiceDate warrantyInForce }
      customer {
        id name
        opportunities(first: 5) { edges { node { id number subject status } } }
        incidents(first: 5) { edges { node { id number subject status } } }
      }
      history { type version time actorId correlationId data actor { name } }
      emails(first: 5) { edges { node { ...RecordEmail } } }
      messages(first: 5) { edges { node { ...RecordMessage } } }
    }
  }
`);

type Action = "assign" | "followUp" | "close" | "reopen";
type FormAction = Exclude<Action, "assign">;

export default function IncidentPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error }, refresh] = useQuery({ query: IncidentDocument, variables: { id } });
  const [action, setAction] = useState<Action | null>(null);
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const incident = data.incident;
  if (!incident) return <Text>{t("common.none")}</Text>;
  const open = incident.status === "OPEN";
  const forms: Record<FormAction, FieldSpec[]> = {
    followUp: [
      { name: "note", label: t("incidents.note"), kind: "textarea", required: true },
      { name: "startedAt", label: t("incidents.startedAt"), kind: "datetime", required: true },
      { name: "endedAt", label: t("incidents.endedAt"), kind: "datetime", required: true },
    ],
    close: [{ name: "resolution", label: t("incidents.resolution"), kind: "textarea", required: true }],
    reopen: [{ name: "reason", label: t("incidents.reason"), kind: "textarea", required: true }],
  };
  const paths: Record<FormAction, string> = { followUp: "follow-up", close: "close", reopen: "reopen" };
  const done = () => {
    setAction(null);
    refresh({ requestPolicy: "network-only" });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {incident.number} · {incident.subject}
        </Title>
        <Badge size="lg" color={open ? "blue" : "gray"}>
          {t(`status.${incident.status}`)}
        </Badge>
      </Group>
      <Group>
        {open && <Button variant="default" onClick={() => setAction("assign")}>{t("incidents.assign")}</Button>}
        {open && <Button onClick={() => setAction("followUp")}>{t("incidents.followUp")}</Button>}
        {open && <Button variant="default" onClick={() => setAction("close")}>{t("incidents.close")}</Button>}
        {!open && <Button variant="default" onClick={() => setAction("reopen")}>{t("incidents.reopen")}</Button>}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder>
            <Text fw={700}>{t("incidents.description")}</Text>
            <Text style={{ whiteSpace: "pre-wrap" }}>{incident.description}</Text>
            <Text mt="sm">
              {t("incidents.assignee")}: {incident.assignee?.name ?? t("common.none")}
            </Text>
            <Text>
              {t("incidents.minutesWorked")}: {incident.minutesWorked}
            </Text>
            <Text>
              {t("incidents.openedAt")}: {formatTime(incident.openedAt)}
            </Text>
            {incident.contact?.name && (
              <Text>
                {t("common.contact")}: {[incident.contact.name, incident.contact.phone, incident.contact.email].filter(Boolean).join(" · ")}
              </Text>
            )}
            {incident.article && <ArticleLines article={incident.article} />}
            {incident.resolution && (
              <Text>
                {t("incidents.resolution")}: {incident.resolution}
              </Text>
            )}
          </Card>
          <History events={incident.history} recordId={incident.id} />
          <RecordCommunications
            emails={incident.emails.edges.map(({ node }) => node)}
            messages={incident.messages.edges.map(({ node }) => node)}
            related={{ type: "incident", id: incident.id }}
            onSent={() => refresh({ requestPolicy: "network-only" })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={2} size="h4">
              {incident.customer?.name}
            </Title>
            {incident.customer?.incidents.edges.map(({ node }) => (
              <Text key={node.id} size="sm">
                {node.number} · {node.subject} ({t(`status.${node.status}`)})
              </Text>
            ))}
            {incident.customer?.opportunities.edges.map(({ node }) => (
              <Text key={node.id} size="sm">
                {node.number} · {node.subject}
              </Text>
            ))}
          </Card>
        </Grid.Col>
      </Grid>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={action !== null} onClose={() => setAction(null)} title={action ? t(`incidents.${action}`) : ""}>
        {action === "assign" && (
          <AssignIncident incidentId={incident.id} assigneeId={incident.assignee?.id} onDone={done} onCancel={() => setAction(null)} />
        )}
        {action && action !== "assign" && (
          <CommandForm
            key={action}
            path={`/v1/incidents/${incident.id}/${paths[action]}`}
            fields={forms[action]}
            submitLabel={t(`incidents.${action}`)}
            onCancel={() => setAction(null)}
            onDone={done}
          />
        )}
      </Modal>
    </Stack>
  );
}

interface ArticleShown {
  reference: string;
  serialNumber?: string | null;
  warrantyEndsOn?: string | null;
  invoiceNumber?: string | null;
  invoiceDate?: string | null;
  warrantyInForce?: boolean | null;
}

/** The article with its warranty (in force or not, when its end is known) and its invoice. */
function ArticleLines({ article }: { article: ArticleShown }) {
  const { t } = useTranslation();
  const invoice = [article.invoiceNumber, article.invoiceDate].filter(Boolean).join(" · ");
  return (
    <>
      <Text mt="sm">
        {t("incidents.article.reference")}: {article.reference}
        {article.serialNumber && ` · ${article.serialNumber}`}
      </Text>
      {article.warrantyEndsOn && (
        <Group gap="xs">
          <Text>
            {t("incidents.article.warrantyEndsOn")}: {article.warrantyEndsOn}
          </Text>
          <Badge color={article.warrantyInForce ? "teal.9" : "gray"}>
            {t(article.warrantyInForce ? "incidents.article.inWarranty" : "incidents.article.outOfWarranty")}
          </Badge>
        </Group>
      )}
      {invoice && (
        <Text>
          {t("incidents.article.invoiceNumber")}: {invoice}
        </Text>
      )}
    </>
  );
}
