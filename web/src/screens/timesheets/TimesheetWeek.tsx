/** One person's week [000 §11.4]: a column a day with its lines and total, and the week's
 * total; each line names the record it came from (an incident's or a repair order's work) or is
 * a line added by hand, which may be withdrawn. */
import { ActionIcon, Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { relatedPath } from "../../components/relatedPath";
import { hoursAndMinutes } from "../../components/weeks";

export interface WeekLine {
  id: string;
  startedAt: string;
  endedAt: string;
  minutes: number;
  note: string;
  sourceType: string;
  sourceId: string;
  sourceNumber: string;
  workCentre?: string | null;
}

export interface WeekDay {
  day: string;
  totalMinutes: number;
  lines: WeekLine[];
}

interface TimesheetWeekProps {
  name: string;
  days: WeekDay[];
  totalMinutes: number;
  onWithdraw?: (line: WeekLine) => void;
}

export function TimesheetWeek({ name, days, totalMinutes, onWithdraw }: TimesheetWeekProps) {
  const { t, i18n } = useTranslation();
  const time = (moment: string) => new Date(moment).toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" });
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {name}
        </Title>
        <Text fw={700} data-testid="week-total">
          {t("timesheets.total")}: {hoursAndMinutes(totalMinutes)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: days.length }} mt="sm" spacing="xs">
        {days.map((day) => (
          <Stack key={day.day} gap={4} data-testid={`day-${day.day}`}>
            <Text fw={600} size="sm">
              {new Date(`${day.day}T12:00:00`).toLocaleDateString(i18n.language, { weekday: "short", day: "numeric" })} ·{" "}
              {hoursAndMinutes(day.totalMinutes)}
            </Text>
            {day.lines.map((line) => {
              const path = relatedPath(line.sourceType, line.sourceId);
              return (
                <Card key={line.id} withBorder padding={6}>
                  <Text size="xs">
                    {time(line.startedAt)}–{time(line.endedAt)} · {hoursAndMinutes(line.minutes)}
                  </Text>
                  <Text size="xs">
                    {path ? (
                      <Anchor component={Link} to={path}>
                        {line.sourceNumber}
                      </Anchor>
                    ) : (
                      t(`timesheets.sources.${line.sourceType as "manual"}`, line.sourceType)
                    )}{" "}
                    {line.note}
                  </Text>
                  {line.sourceType === "manual" && onWithdraw && (
                    <ActionIcon size="xs" variant="subtle" color="red" aria-label={`${t("timesheets.withdraw")} ${time(line.startedAt)}`} onClick={() => onWithdraw(line)}>
                      ×
                    </ActionIcon>
                  )}
                </Card>
              );
            })}
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
