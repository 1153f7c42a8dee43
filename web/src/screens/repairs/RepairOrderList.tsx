/** Repair orders [000 §11.3, 002]: by status and free text (number or fault), newest first. */
import { Badge, Group, Select, Stack, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { formatTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { RecordTable } from "../../components/RecordTable";
import { Pager } from "../../components/Pager";
import { graphql } from "../../gql";
import type { RepairOrderFilter, RepairOrderStatus } from "../../gql/graphql";
import { ReceiveRepairOrderButton } from "./ReceiveRepairOrder";

const RepairOrdersDocument = graphql(`
  query RepairOrders($filter: RepairOrderFilter, $after: String, $atLeastPosition: Int) {
    repairOrders(filter: $filter, first: 50, after: $after, orderBy: [{ field: RECEIVED_AT, direction: DESC }], atLeastPosition: $atLeastPosition) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id number status faultDescription receivedAt scheduledStartsAt customer { name } technician { name } }
      }
    }
  }
`);

export const STATUSES: RepairOrderStatus[] = ["RECEIVED", "SCHEDULED", "IN_PROGRESS", "FINISHED", "DELIVERED", "VERIFIED", "CLOSED"];

export default function RepairOrderList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RepairOrderStatus | null>(null);
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 300);
  const [cursors, setCursors] = useState<(string | null)[]>([]);
  const filter: RepairOrderFilter = status ? { status: { eq: status } } : {};
  if (search) filter.or = [{ number: { contains: search } }, { faultDescription: { contains: search } }];
  const [{ data, error }, refresh] = useQuery({ query: RepairOrdersDocument, variables: { filter, after: cursors.at(-1) ?? null } });
  useLiveRefresh(refresh);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("repairs.title")}</Title>
        <ReceiveRepairOrderButton />
      </Group>
      <Group>
        <Select
          aria-label={t("incidents.status")}
          placeholder={t("common.all")}
          clearable
          value={status}
          onChange={(value) => {
            setStatus(value as RepairOrderStatus | null);
            setCursors([]);
          }}
          data={STATUSES.map((value) => ({ value, label: t(`repairs.statuses.${value}`) }))}
        />
        <TextInput
          aria-label={t("repairs.search")}
          placeholder={t("repairs.search")}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setCursors([]);
          }}
        />
      </Group>
      {!data ? (
        <Loading error={error} />
      ) : (
        <RecordTable minWidth={640}
          headers={[t("repairs.number"), t("repairs.fault"), t("repairs.customer"), t("incidents.status"), t("repairs.technician"), t("repairs.receivedAt")]}
          rows={data.repairOrders.edges.map(({ node }) => ({
            id: node.id,
            path: `/repair-orders/${node.id}`,
            number: node.number,
            cells: [
              node.faultDescription,
              node.customer?.name,
              <Badge variant="light">{t(`repairs.statuses.${node.status}`)}</Badge>,
              node.technician?.name ?? t("common.none"),
              formatTime(node.receivedAt),
            ],
          }))}
        />
      )}
      {data && (
        <Pager connection={data.repairOrders} cursors={cursors} onCursors={setCursors} />
      )}
    </Stack>
  );
}
