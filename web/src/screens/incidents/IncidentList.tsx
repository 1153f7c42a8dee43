/** Incidents [000 §11.2]: filtered by status and free text (number or subject), newest first. */
import { Anchor, Badge, Group, SegmentedControl, Stack, Table, TextInput, Title } from "@mantine/core";
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
import type { IncidentFilter, IncidentStatus } from "../../gql/graphql";
import { OpenIncidentButton } from "./OpenIncident";

const IncidentsDocument = graphql(`
  query Incidents($filter: IncidentFilter, $after: String, $atLeastPosition: Int) {
    incidents(filter: $filter, first: 50, after: $after, orderBy: [{ field: OPENED_AT, direction: DESC }], atLeastPosition: $atLeastPosition) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id number subject status priority openedAt customer { name } assignee { name } }
      }
    }
  }
`);

export default function IncidentList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<IncidentStatus | "ALL">("OPEN");
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 300);
  const filter = incidentFilter(status, search);
  // The cursors of the pages before this one: "previous" goes back to where that page began.
  const [cursors, setCursors] = useState<(string | null)[]>([]);
  const after = cursors.at(-1) ?? null;
  const [{ data, error }, refresh] = useQuery({ query: IncidentsDocument, variables: { filter, after } });
  useLiveRefresh(refresh);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("incidents.title")}</Title>
        <OpenIncidentButton />
      </Group>
      <Group>
        <SegmentedControl
          aria-label={t("incidents.status")}
          value={status}
          onChange={(value) => {
            setStatus(value as IncidentStatus | "ALL");
            setCursors([]);
          }}
          data={[
            { value: "OPEN", label: t("status.OPEN") },
            { value: "CLOSED", label: t("status.CLOSED") },
            { value: "ALL", label: t("common.all") },
          ]}
        />
        <TextInput aria-label={t("incidents.search")} placeholder={t("incidents.search")} value={text} onChange={(e) => {
            setText(e.currentTarget.value);
            setCursors([]);
          }} />
      </Group>
      {!data ? (
        <Loading error={error} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("incidents.number")}</Table.Th>
                <Table.Th>{t("incidents.subject")}</Table.Th>
                <Table.Th>{t("incidents.customer")}</Table.Th>
                <Table.Th>{t("incidents.priority")}</Table.Th>
                <Table.Th>{t("incidents.assignee")}</Table.Th>
                <Table.Th>{t("incidents.openedAt")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.incidents.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/incidents/${node.id}`}>
                      {node.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{node.subject}</Table.Td>
                  <Table.Td>{node.customer?.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={node.priority === "URGENT" || node.priority === "HIGH" ? "red" : "gray"}>
                      {t(`priority.${node.priority}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{node.assignee?.name ?? t("common.none")}</Table.Td>
                  <Table.Td>{formatTime(node.openedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && (
        <Pager connection={data.incidents} cursors={cursors} onCursors={setCursors} />
      )}
    </Stack>
  );
}

function incidentFilter(status: IncidentStatus | "ALL", search: string): IncidentFilter {
  const filter: IncidentFilter = status === "ALL" ? {} : { status: { eq: status } };
  if (search) filter.or = [{ number: { contains: search } }, { subject: { contains: search } }];
  return filter;
}
