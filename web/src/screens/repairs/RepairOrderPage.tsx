/** One repair order [000 §11.3, 002]: what was handed in, its planned slot, the work and
 * materials so far, the customer's rating, what can be done next, and its history. */
import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { CommandForm } from "../../components/CommandForm";
import { formatTime } from "../../components/format";
import { History } from "../../components/History";
import { RecordCommunications } from "../../components/RecordCommunications";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import { actionForm, actionsFor, type RepairAction } from "./repairActions";
import { useTechnicianOptions } from "./technicians";

const RepairOrderDocument = graphql(`
  query RepairOrder($id: ID!, $atLeastPosition: Int) {
    repairOrder(id: $id, atLeastPosition: $atLeastPosition) {
      id number status faultDescription accessories priority minutesWorked materialsCount rating
      receivedAt scheduledStartsAt scheduledEndsAt finishedAt deliveredAt version
      warranty { inWarranty reference }
      customer { id name }
      receivedBy { name }
      technician { id name }
      history { type version time actorId correlationId data actor { name } }
      emails(first: 5) { edges { node { ...RecordEmail } } }
      messages(first: 5) { edges { node { ...RecordMessage } } }
    }
  }
`);

export default function RepairOrderPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error }, refresh] = useQuery({ query: RepairOrderDocument, variables: { id } });
  const technicians = useTechnicianOptions();
  // The last action chosen stays, so that the closing dialog keeps its name.
  const [action, setAction] = useState<RepairAction>("schedule");
  const [opened, { open, close }] = useDisclosure();
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const order = data.repairOrder;
  if (!order) return <Text>{t("common.none")}</Text>;
  const form = actionForm(action, t, technicians, order.technician?.id);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {order.number} · {order.customer?.name}
        </Title>
        <Badge size="lg" data-testid="repair-status">
          {t(`repairs.statuses.${order.status}`)}
        </Badge>
      </Group>
      <Group>
        {actionsFor(order.status).map((choice) => (
          <Button
            key={choice}
            variant={choice === "work" || choice === "verify" ? "filled" : "default"}
            onClick={() => {
              setAction(choice);
              open();
            }}
          >
            {t(`repairs.actions.${choice}`)}
          </Button>
        ))}
      </Group>
      <Card withBorder>
        <Text fw={700}>{t("repairs.fault")}</Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{order.faultDescription}</Text>
        {order.customer && (
          <Text mt="sm">
            {t("repairs.customer")}: <Link to={`/customers/${order.customer.id}`}>{order.customer.name}</Link>
          </Text>
        )}
        {order.accessories.length > 0 && (
          <Text>
            {t("repairs.accessories")}: {order.accessories.join(", ")}
          </Text>
        )}
        <Text>
          {t("repairs.inWarranty")}: {order.warranty.inWarranty ? `✓ ${order.warranty.reference ?? ""}` : "✗"}
        </Text>
        <Text>
          {t("repairs.receivedBy")}: {order.receivedBy?.name} · {formatTime(order.receivedAt)}
        </Text>
        <Text>
          {t("repairs.technician")}: {order.technician?.name ?? t("common.none")}
          {order.scheduledStartsAt && ` · ${t("repairs.slot")} ${formatTime(order.scheduledStartsAt)}–${formatTime(order.scheduledEndsAt)}`}
        </Text>
        <Text>
          {t("repairs.minutesWorked")}: {order.minutesWorked} · {t("repairs.materialsCount")}: {order.materialsCount}
        </Text>
        {order.deliveredAt && (
          <Text>
            {t("repairs.deliveredAt")}: {formatTime(order.deliveredAt)}
          </Text>
        )}
        {order.rating !== null && order.rating !== undefined && (
          <Text data-testid="repair-rating">
            {t("repairs.rating")}: {order.rating}
          </Text>
        )}
      </Card>
      <History events={order.history} recordId={order.id} />
      <RecordCommunications
        emails={order.emails.edges.map(({ node }) => node)}
        messages={order.messages.edges.map(({ node }) => node)}
        related={{ type: "repair_order", id: order.id }}
        onSent={() => refresh({ requestPolicy: "network-only" })}
      />
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={t(`repairs.actions.${action}`)}>
        {action === "verify" && <Alert mb="sm">{t("repairs.lowRating")}</Alert>}
        {opened && (
          <CommandForm
            key={action}
            path={`/v1/repair-orders/${order.id}/${action}`}
            ifMatch={order.version}
            fields={form.fields}
            shape={form.shape}
            submitLabel={t(`repairs.actions.${action}`)}
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
