/** One opportunity [000 §11.1]: what it is about, who sells it, its commercial actions, and its
 * timeline: every step with who, when, the status before and after, and what was said (the
 * follow-up comment, the lost reason, the next contact day). */
import { Badge, Button, Card, Group, List, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
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

const OpportunityDocument = graphql(`
  query Opportunity($id: ID!, $atLeastPosition: Int) {
    opportunity(id: $id, atLeastPosition: $atLeastPosition) {
      id number subject notes status lostReason whatToImprove invoiceNumber nextContactOn version
      type source expectedAmount expectedOn openActions
      customer { name }
      agent { id name }
      history { type version time actorId correlationId data actor { name } }
      emails(first: 5) { edges { node { ...RecordEmail } } }
      messages(first: 5) { edges { node { ...RecordMessage } } }
      timeline { version kind at statusBefore statusAfter comment nextContactOn actor { name } }
    }
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name role } } }
  }
`);

type Action = "assign" | "action";
const TITLES: Record<Action, string> = { assign: "opportunities.assign", action: "opportunities.recordAction" };
const SELLING_ROLES = new Set(["agent", "manager", "admin"]);
const ACTION_KINDS = ["documentation", "visit", "call", "email", "other"] as const;

export default function OpportunityPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error }, refresh] = useQuery({ query: OpportunityDocument, variables: { id } });
  // The last action chosen stays, so that the closing dialog keeps its name.
  const [action, setAction] = useState<Action>("action");
  const [opened, { open, close }] = useDisclosure();
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const opportunity = data.opportunity;
  if (!opportunity) return <Text>{t("common.none")}</Text>;
  const sellers = data.users.edges
    .filter(({ node }) => SELLING_ROLES.has(node.role))
    .map(({ node }) => ({ value: node.id, label: node.name }));
  const forms: Record<Action, { path: string; fields: FieldSpec[] }> = {
    assign: {
      path: "assign",
      fields: [{ name: "agentId", label: t("opportunities.agent"), kind: "select", required: true, initial: opportunity.agent?.id, options: sellers }],
    },
    action: {
      path: "actions",
      fields: [
        {
          name: "kind",
          label: t("opportunities.actionKind"),
          kind: "select",
          required: true,
          initial: "call",
          options: ACTION_KINDS.map((kind) => ({ value: kind, label: t(`opportunities.actionKinds.${kind}`) })),
        },
        { name: "description", label: t("opportunities.notes"), kind: "textarea", required: true },
        { name: "done", label: t("opportunities.actionDone"), kind: "checkbox" },
      ],
    },
  };
  const closed = opportunity.status === "WON" || opportunity.status === "LOST";
  const choose = (chosen: Action) => {
    setAction(chosen);
    open();
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {opportunity.number} · {opportunity.subject}
        </Title>
        <Badge size="lg">{t(`opportunities.statuses.${opportunity.status}`)}</Badge>
      </Group>
      {!closed && (
        <Group>
          <Button variant="default" onClick={() => choose("assign")}>
            {t("opportunities.assign")}
          </Button>
          <Button variant="default" onClick={() => choose("action")}>
            {t("opportunities.recordAction")}
          </Button>
        </Group>
      )}
      <Card withBorder>
        <Text>
          {t("opportunities.customer")}: {opportunity.customer?.name}
        </Text>
        <Text>
          {t("opportunities.agent")}: {opportunity.agent?.name ?? t("common.none")}
        </Text>
        <Text>
          {t("opportunities.type")}: {opportunity.type}
          {opportunity.source && ` · ${t("opportunities.source")}: ${opportunity.source}`}
        </Text>
        {opportunity.expectedAmount && (
          <Text>
            {t("opportunities.expectedAmount")}: {opportunity.expectedAmount}
            {opportunity.expectedOn && ` · ${opportunity.expectedOn}`}
          </Text>
        )}
        <Text>
          {t("opportunities.openActions")}: {opportunity.openActions}
        </Text>
        {opportunity.notes && <Text style={{ whiteSpace: "pre-wrap" }}>{opportunity.notes}</Text>}
        {opportunity.nextContactOn && <Text>{t("opportunities.nextContactOn")}: {opportunity.nextContactOn}</Text>}
        {opportunity.lostReason && <Text>{t("opportunities.reason")}: {opportunity.lostReason}</Text>}
        {opportunity.whatToImprove && <Text>{t("opportunities.whatToImprove")}: {opportunity.whatToImprove}</Text>}
        {opportunity.invoiceNumber && <Text>{t("opportunities.invoiceNumber")}: {opportunity.invoiceNumber}</Text>}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4">
          {t("opportunities.timeline")}
        </Title>
        <List listStyleType="none" spacing="sm" mt="sm">
          {opportunity.timeline.map((step) => (
            <List.Item key={step.version}>
              <Text fw={600}>
                {step.statusBefore ? `${t(`opportunities.statuses.${step.statusBefore}`)} → ` : ""}
                {t(`opportunities.statuses.${step.statusAfter}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {formatTime(step.at)} · {step.actor?.name}
                {step.nextContactOn && ` · ${t("opportunities.nextContactOn")}: ${step.nextContactOn}`}
              </Text>
              {step.comment && <Text size="sm">{step.comment}</Text>}
            </List.Item>
          ))}
        </List>
      </Card>
      <History events={opportunity.history} recordId={opportunity.id} />
      <RecordCommunications
        emails={opportunity.emails.edges.map(({ node }) => node)}
        messages={opportunity.messages.edges.map(({ node }) => node)}
        related={{ type: "opportunity", id: opportunity.id }}
        onSent={() => refresh({ requestPolicy: "network-only" })}
      />
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={t(TITLES[action])}>
        {opened && (
          <CommandForm
            key={action}
            path={`/v1/opportunities/${opportunity.id}/${forms[action].path}`}
            ifMatch={opportunity.version}
            fields={forms[action].fields}
            submitLabel={t("common.save")}
            onCancel={close}
            onDone={() => {
              close();
              refresh({ requestPolicy: "network-only" });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
