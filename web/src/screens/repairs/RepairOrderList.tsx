/** Repair orders [000 §11.3, 002]: by status and free text (number or fault), newest first. */
import { Anchor, Badge, Group, Select, Stack, Table, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { formatTime } from "../../components/format";
import { Loading } from "../../components/Loading";
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
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("repairs.number")}</Table.Th>
                <Table.Th>{t("repairs.fault")}</Table.Th>
                <Table.Th>{t("repairs.customer")}</Table.Th>
                <Table.Th>{t("incidents.status")}</Table.Th>
                <Table.Th>{t("repairs.technician")}</Table.Th>
                <Table.Th>{t("repairs.receivedAt")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.repairOrders.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/repair-orders/${node.id}`}>
                      {node.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{node.faultDescription}</Table.Td>
                  <Table.Td>{node.customer?.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`repairs.statuses.${node.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{node.technician?.name ?? t("common.none")}</Table.Td>
                  <Table.Td>{formatTime(node.receivedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && (
        <Pager connection={data.repairOrders} cursors={cursors} onCursors={setCursors} />
      )}
    </Stack>
  );
}
