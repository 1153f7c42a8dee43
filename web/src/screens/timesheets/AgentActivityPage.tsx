/** Agent activity for managers [004]: for a period and (optionally) a team, each agent's work
 * done, pending and reopened, and the average time to resolve, in all and by kind of record. */
import { Alert, Group, Select, Stack, Table, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { Loading, problemText } from "../../components/Loading";
import { addDays, hoursAndMinutes, localDay, mondayOf } from "../../components/weeks";
import { graphql } from "../../gql";

const ActivityDocument = graphql(`
  query AgentActivity($from: DateTime!, $to: DateTime!, $teamId: ID) {
    agentActivity(from: $from, to: $to, teamId: $teamId) {
      agentId done pending reopened averageResolutionMinutes
      agent { name }
      kinds { kind done pending }
    }
    businessUnits(first: 100) { edges { node { id name } } }
  }
`);

export default function AgentActivityPage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => localDay(addDays(mondayOf(new Date()), -28)));
  const [to, setTo] = useState(() => localDay(addDays(mondayOf(new Date()), 7)));
  const [teamId, setTeamId] = useState<string | null>(null);
  const variables = { from: new Date(`${from}T00:00:00`).toISOString(), to: new Date(`${to}T00:00:00`).toISOString(), teamId };
  const [{ data, error }, refresh] = useQuery({ query: ActivityDocument, variables });
  useLiveRefresh(refresh);
  return (
    <Stack>
      <Title order={1}>{t("timesheets.activity")}</Title>
      <Group>
        <TextInput type="date" label={t("timesheets.from")} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t("timesheets.to")} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Select
          label={t("timesheets.teams")}
          clearable
          placeholder={t("common.all")}
          value={teamId}
          onChange={setTeamId}
          data={(data?.businessUnits.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
        />
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {problemText(error)}
        </Alert>
      )}
      {!data && !error && <Loading />}
      {data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="agent-activity">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("timesheets.agent")}</Table.Th>
                <Table.Th>{t("timesheets.done")}</Table.Th>
                <Table.Th>{t("timesheets.pending")}</Table.Th>
                <Table.Th>{t("timesheets.reopened")}</Table.Th>
                <Table.Th>{t("timesheets.averageResolution")}</Table.Th>
                <Table.Th>{t("timesheets.source")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.agentActivity.map((row) => (
                <Table.Tr key={row.agentId}>
                  <Table.Td>{row.agent?.name}</Table.Td>
                  <Table.Td>{row.done}</Table.Td>
                  <Table.Td>{row.pending}</Table.Td>
                  <Table.Td>{row.reopened}</Table.Td>
                  <Table.Td>{row.averageResolutionMinutes == null ? "—" : hoursAndMinutes(Math.round(row.averageResolutionMinutes))}</Table.Td>
                  <Table.Td>
                    {row.kinds
                      .filter((kind) => kind.done + kind.pending > 0)
                      .map((kind) => `${t(`timesheets.kinds.${kind.kind}`)} ${kind.done}/${kind.done + kind.pending}`)
                      .join(" · ")}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
