/** Incidents [000 §11.2]: filtered by status and free text (number or subject), newest first. */
import { Badge, Group, SegmentedControl, Stack, TextInput, Title } from "@mantine/core";
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
        <RecordTable
          headers={[t("incidents.number"), t("incidents.subject"), t("incidents.customer"), t("incidents.priority"), t("incidents.assignee"), t("incidents.openedAt")]}
          rows={data.incidents.edges.map(({ node }) => ({
            id: node.id,
            path: `/incidents/${node.id}`,
            number: node.number,
            cells: [
              node.subject,
              node.customer?.name,
              <Badge variant="light" color={node.priority === "URGENT" || node.priority === "HIGH" ? "red" : "gray"}>
                {t(`priority.${node.priority}`)}
              </Badge>,
              node.assignee?.name ?? t("common.none"),
              formatTime(node.openedAt),
            ],
          }))}
        />
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
