/** A team's week [000 §11.4]: each member's total a day and for the week, and the team's; a
 * member's name opens their own week with its lines. */
import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { Loading } from "../../components/Loading";
import { hoursAndMinutes } from "../../components/weeks";
import { graphql } from "../../gql";

const TeamWeekDocument = graphql(`
  query TeamWeek($teamId: ID!, $from: Date!, $to: Date!, $atLeastPosition: Int) {
    teamTimesheet(teamId: $teamId, from: $from, to: $to, atLeastPosition: $atLeastPosition) {
      totalMinutes
      days { day totalMinutes }
      members { totalMinutes employee { id name } days { day totalMinutes } }
    }
  }
`);

interface TeamWeekProps {
  teamId: string;
  days: string[];
  onPerson: (userId: string) => void;
}

export function TeamWeek({ teamId, days, onPerson }: TeamWeekProps) {
  const { t, i18n } = useTranslation();
  const [{ data, error }, refresh] = useQuery({ query: TeamWeekDocument, variables: { teamId, from: days[0], to: days[days.length - 1] } });
  useLiveRefresh(refresh);
  if (error || !data) return <Loading error={error} />;
  const sheet = data.teamTimesheet;
  if (!sheet) return null;
  const minutesOn = (list: { day: string; totalMinutes: number }[], day: string) => list.find((entry) => entry.day === day)?.totalMinutes ?? 0;
  const dayName = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(i18n.language, { weekday: "short", day: "numeric" });
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder data-testid="team-week">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("timesheets.member")}</Table.Th>
            {days.map((day) => (
              <Table.Th key={day}>{dayName(day)}</Table.Th>
            ))}
            <Table.Th>{t("timesheets.total")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sheet.members.map((member) => (
            <Table.Tr key={member.employee.id}>
              <Table.Td>
                <Anchor component="button" onClick={() => onPerson(member.employee.id)}>
                  {member.employee.name}
                </Anchor>
              </Table.Td>
              {days.map((day) => (
                <Table.Td key={day}>{hoursAndMinutes(minutesOn(member.days, day))}</Table.Td>
              ))}
              <Table.Td fw={700}>{hoursAndMinutes(member.totalMinutes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t("timesheets.total")}</Table.Th>
            {days.map((day) => (
              <Table.Th key={day}>{hoursAndMinutes(minutesOn(sheet.days, day))}</Table.Th>
            ))}
            <Table.Th>{hoursAndMinutes(sheet.totalMinutes)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
