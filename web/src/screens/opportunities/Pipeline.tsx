/** The pipeline's figures [000 §11.1]: opportunities by agent, type or source; open, won and lost,
 * amounts, and why they were lost. */
import { SegmentedControl, Stack, Table } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import type { PipelineGroupBy } from "../../gql/graphql";

const PipelineDocument = graphql(`
  query Pipeline($groupBy: PipelineGroupBy!, $atLeastPosition: Int) {
    opportunityPipeline(groupBy: $groupBy, atLeastPosition: $atLeastPosition) {
      key count open won lost amount wonAmount
      lostReasons { reason count }
      agent { name }
    }
  }
`);

const GROUPINGS: PipelineGroupBy[] = ["AGENT", "TYPE", "SOURCE"];

export function Pipeline() {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<PipelineGroupBy>("AGENT");
  const [{ data, error }, refresh] = useQuery({ query: PipelineDocument, variables: { groupBy } });
  useLiveRefresh(refresh);
  return (
    <Stack>
      <SegmentedControl
        aria-label={t("opportunities.group")}
        value={groupBy}
        onChange={(value) => setGroupBy(value as PipelineGroupBy)}
        data={GROUPINGS.map((value) => ({ value, label: t(`opportunities.groupBy.${value}`) }))}
      />
      {!data ? (
        <Loading error={error} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="pipeline">
            <Table.Thead>
              <Table.Tr>
                {["group", "count", "open", "won", "lost", "amount", "wonAmount", "lostReasons"].map((column) => (
                  <Table.Th key={column}>{t(`opportunities.${column}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.opportunityPipeline.map((group) => (
                <Table.Tr key={group.key ?? "none"}>
                  <Table.Td>{group.agent?.name ?? group.key ?? "—"}</Table.Td>
                  <Table.Td>{group.count}</Table.Td>
                  <Table.Td>{group.open}</Table.Td>
                  <Table.Td>{group.won}</Table.Td>
                  <Table.Td>{group.lost}</Table.Td>
                  <Table.Td>{group.amount}</Table.Td>
                  <Table.Td>{group.wonAmount}</Table.Td>
                  <Table.Td>{group.lostReasons.map((reason) => `${reason.reason} (${reason.count})`).join(", ")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
