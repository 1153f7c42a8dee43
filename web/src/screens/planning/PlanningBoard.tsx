/** The planning board [000 §11.8]: a week of every technician's repair orders and tasks, moved
 * between technicians and days by dragging (or the keyboard); a refused move says why and the
 * card stays where it was. Changes by others appear as the board polls. */
import { Alert, Group, Stack, Switch, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { ProblemError } from "../../api/problems";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import { WeekNavigation } from "../../components/WeekNavigation";
import { addDays, localDay, mondayOf } from "../../components/weeks";
import { type PlanCard, sendMove } from "./planMoves";
import { PlanningGrid } from "./PlanningGrid";

const PlanningDocument = graphql(`
  query Planning($from: DateTime!, $to: DateTime!, $atLeastPosition: Int) {
    tasks(first: 100, filter: { status: { eq: PLANNED }, plannedStartsAt: { gte: $from, lt: $to } }, atLeastPosition: $atLeastPosition) {
      totalCount
      edges { node { id number description type operatorId inPreparation plannedStartsAt plannedEndsAt version } }
    }
    repairOrders(first: 100, filter: { scheduledStartsAt: { gte: $from, lt: $to } }) {
      totalCount
      edges { node { id number status faultDescription technicianId scheduledStartsAt scheduledEndsAt version } }
    }
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name role } } }
    catalogueEntries(first: 100, filter: { kind: { eq: TASK_TYPES } }) { edges { node { code colour } } }
  }
`);

const REPAIR_COLOUR = "#2b8a3e";

export default function PlanningBoard() {
  const { t } = useTranslation();
  const [monday, setMonday] = useState(() => mondayOf(new Date()));
  const [weekend, setWeekend] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const days = useMemo(() => Array.from({ length: weekend ? 7 : 5 }, (_, i) => localDay(addDays(monday, i))), [monday, weekend]);
  const variables = { from: monday.toISOString(), to: addDays(monday, 7).toISOString() };
  const [{ data, error }, refresh] = useQuery({ query: PlanningDocument, variables });
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const hidden = data.tasks.totalCount - data.tasks.edges.length + data.repairOrders.totalCount - data.repairOrders.edges.length;
  const colours = new Map(data.catalogueEntries.edges.map(({ node }) => [node.code, node.colour ?? null]));
  const cards: PlanCard[] = [
    ...data.tasks.edges.map(({ node }) => ({
      kind: "TASK" as const,
      id: node.id,
      version: node.version,
      number: node.number,
      title: node.description,
      personId: node.operatorId ?? null,
      startsAt: node.plannedStartsAt,
      endsAt: node.plannedEndsAt ?? null,
      confirmed: !node.inPreparation,
      colour: colours.get(node.type) ?? null,
    })),
    ...data.repairOrders.edges.flatMap(({ node }) =>
      node.scheduledStartsAt
        ? [
            {
              kind: "REPAIR_ORDER" as const,
              id: node.id,
              version: node.version,
              number: node.number,
              title: node.faultDescription,
              personId: node.technicianId ?? null,
              startsAt: node.scheduledStartsAt,
              endsAt: node.scheduledEndsAt ?? null,
              confirmed: node.status !== "SCHEDULED",
              colour: REPAIR_COLOUR,
            },
          ]
        : [],
    ),
  ];
  const planned = new Set(cards.map((card) => card.personId));
  const people = data.users.edges
    .map(({ node }) => node)
    .filter((user) => user.role === "technician" || planned.has(user.id));
  const move = async (card: PlanCard, personId: string, day: string) => {
    try {
      await sendMove(card, personId, day);
      setProblem(null);
    } catch (refusal) {
      if (!(refusal instanceof ProblemError)) throw refusal;
      setProblem(refusal.status === 412 ? t("planning.conflict") : refusal.detail);
    }
    refresh({ requestPolicy: "network-only" });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("planning.title")}</Title>
        <Group>
          <WeekNavigation monday={monday} onMonday={setMonday} />
          <Switch label={t("planning.weekend")} checked={weekend} onChange={(e) => setWeekend(e.currentTarget.checked)} />
        </Group>
      </Group>
      {hidden > 0 && <Alert color="yellow">{t("planning.more", { count: hidden })}</Alert>}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <PlanningGrid people={people} days={days} cards={cards} onMove={(card, personId, day) => void move(card, personId, day)} />
    </Stack>
  );
}
