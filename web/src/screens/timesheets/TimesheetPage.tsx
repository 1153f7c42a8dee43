/** Timesheets [000 §11.4, 004]: one's own week, or (as scopes allow) another person's or a
 * team's, with each day's total and the week's; time added by hand, and withdrawn. */
import { Alert, Button, Group, Modal, Select, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { useSession } from "../../auth/session";
import { CommandForm } from "../../components/CommandForm";
import { Loading, problemText } from "../../components/Loading";
import { WeekNavigation } from "../../components/WeekNavigation";
import { addDays, localDay, mondayOf } from "../../components/weeks";
import { graphql } from "../../gql";
import { TeamWeek } from "./TeamWeek";
import { type WeekDay, type WeekLine, TimesheetWeek } from "./TimesheetWeek";

const TimesheetChoicesDocument = graphql(`
  query TimesheetChoices {
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
    businessUnits(first: 100) { edges { node { id name } } }
  }
`);

const PersonWeekDocument = graphql(`
  query PersonWeek($employeeId: ID!, $from: Date!, $to: Date!, $atLeastPosition: Int) {
    timesheet(employeeId: $employeeId, from: $from, to: $to, atLeastPosition: $atLeastPosition) {
      totalMinutes
      employee { id name }
      days { day totalMinutes lines { id startedAt endedAt minutes note sourceType sourceId sourceNumber workCentre } }
    }
  }
`);

const TEAM = "team:";

export default function TimesheetPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [whose, setWhose] = useState(me.id);
  // `?week=<any day of it>` opens that week: a link to a week is kept and shared.
  const [search, setSearch] = useSearchParams();
  const monday = mondayOf(search.get("week") ? new Date(`${search.get("week")}T12:00:00`) : new Date());
  const setMonday = (day: Date) => setSearch({ week: localDay(day) }, { replace: true });
  const [adding, { open, close }] = useDisclosure();
  const [withdrawing, setWithdrawing] = useState<WeekLine | null>(null);
  const team = whose.startsWith(TEAM);
  const days = Array.from({ length: 7 }, (_, i) => localDay(addDays(monday, i)));
  const [{ data: choices }] = useQuery({ query: TimesheetChoicesDocument });
  const [{ data, error }, refresh] = useQuery({
    query: PersonWeekDocument,
    variables: { employeeId: whose, from: days[0], to: days[6] },
    pause: team,
  });
  useLiveRefresh(refresh);
  const sheet = team ? null : data?.timesheet;
  const reload = () => refresh({ requestPolicy: "network-only" });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("timesheets.title")}</Title>
        <Button onClick={open}>{t("timesheets.addLine")}</Button>
      </Group>
      <Group align="flex-end">
        <Select
          label={t("timesheets.whose")}
          value={whose}
          onChange={(value) => setWhose(value ?? me.id)}
          searchable
          data={[
            { group: t("timesheets.people"), items: (choices?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })) },
            { group: t("timesheets.teams"), items: (choices?.businessUnits.edges ?? []).map(({ node }) => ({ value: `${TEAM}${node.id}`, label: node.name })) },
          ]}
        />
        <WeekNavigation monday={monday} onMonday={setMonday} />
      </Group>
      <Text c="dimmed">{t("timesheets.week", { day: days[0] })}</Text>
      {team ? (
        <TeamWeek teamId={whose.slice(TEAM.length)} days={days} onPerson={setWhose} />
      ) : (
        <>
          {error && (
            <Alert color="red" role="alert">
              {problemText(error)}
            </Alert>
          )}
          {!data && !error && <Loading />}
          {sheet && (
            <TimesheetWeek name={sheet.employee.name} totalMinutes={sheet.totalMinutes} days={weekOf(days, sheet.days)} onWithdraw={setWithdrawing} />
          )}
          {data && !sheet && <Text>{t("common.none")}</Text>}
        </>
      )}
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={adding} onClose={close} title={t("timesheets.addLine")}>
        {adding && (
          <CommandForm
            path="/v1/timesheet-lines"
            fields={[
              { name: "employeeId", label: "", kind: "hidden", initial: team ? me.id : whose },
              { name: "description", label: t("timesheets.description"), kind: "textarea", required: true },
              { name: "startedAt", label: t("timesheets.from"), kind: "datetime", required: true },
              { name: "endedAt", label: t("timesheets.to"), kind: "datetime", required: true },
              { name: "workCentre", label: t("timesheets.workCentre"), kind: "text", required: true },
              { name: "department", label: t("timesheets.department"), kind: "text", required: true },
            ]}
            submitLabel={t("common.save")}
            onCancel={close}
            onDone={() => {
              close();
              reload();
            }}
          />
        )}
      </Modal>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={withdrawing !== null} onClose={() => setWithdrawing(null)} title={t("timesheets.withdraw")}>
        {withdrawing && (
          <CommandForm
            path={`/v1/timesheet-lines/${withdrawing.id}/withdraw`}
            fields={[{ name: "reason", label: t("timesheets.reason"), kind: "textarea", required: true }]}
            submitLabel={t("timesheets.withdraw")}
            onCancel={() => setWithdrawing(null)}
            onDone={() => {
              setWithdrawing(null);
              reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

/** Every day of the week, with the sheet's lines and total where it has some. */
export function weekOf(days: string[], sheetDays: WeekDay[]): WeekDay[] {
  const byDay = new Map(sheetDays.map((day) => [day.day, day]));
  return days.map((day) => byDay.get(day) ?? { day, totalMinutes: 0, lines: [] });
}
