/** Every event of a record, oldest first: who, when, what changed (the auditor's view). */
import { Card, Group, List, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatTime } from "./format";

interface HistoryEvent {
  type: string;
  version: number;
  time: string;
  actorId: string;
  data: unknown;
  actor?: { name: string } | null;
}

export function History({ events, recordId }: { events: HistoryEvent[]; recordId?: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder mt="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t("incidents.history")}
        </Title>
        {recordId && <Link to={`/history/${recordId}`}>{t("history.asOf")}…</Link>}
      </Group>
      <List listStyleType="none" spacing="sm" mt="sm">
        {events.map((event) => (
          <List.Item key={event.version}>
            <Group gap="xs">
              <Text fw={600}>{event.type}</Text>
              <Text size="sm" c="dimmed">
                {formatTime(event.time)} · {event.actor?.name ?? event.actorId}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {changes(event.data)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

/** The event's fields as "name: value" lines; nested values as compact JSON. */
function changes(data: unknown): string {
  if (typeof data !== "object" || data === null) return "";
  return Object.entries(data)
    .map(([name, value]) => `${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("\n");
}
