/** What a person sees at sign-in [000 §11.6, 001]: the counts they are warned of, urgent tasks
 * (priority types in red, yellow once someone took charge), tasks in preparation, today's agenda. */
import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../api/live";
import { graphql } from "../gql";
import { Loading } from "../components/Loading";
import { recordPath } from "../components/recordPath";
import { formatTime } from "../components/format";

const DashboardDocument = graphql(`
  query Dashboard($atLeastPosition: Int) {
    noticeBoard(unreadOnly: true, atLeastPosition: $atLeastPosition) {
      counts { alerts notices messages }
      alerts { id title createdAt record { id number } }
    }
    urgentTasks(first: 10) {
      totalCount
      edges { node { id number description inPreparation operatorId operator { name } } }
    }
    tasksInPreparation(first: 10) {
      totalCount
      edges { node { id number description plannedStartsAt } }
    }
    agenda(view: DAY, first: 50) {
      edges { node { id kind recordId recordNumber title startsAt endsAt allDay } }
    }
  }
`);

export function Dashboard() {
  const { t } = useTranslation();
  const [{ data, error }, refresh] = useQuery({ query: DashboardDocument });
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const { counts } = data.noticeBoard;
  return (
    <Stack>
      <Title order={1}>{t("nav.dashboard")}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Count label={t("dashboard.alerts")} value={counts.alerts} testId="count-alerts" />
        <Count label={t("dashboard.openNotices")} value={counts.notices} testId="count-notices" to="/notices" />
        <Count label={t("dashboard.unreadMessages")} value={counts.messages} testId="count-messages" to="/messages" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }}>
        <Card withBorder>
          <Title order={2} size="h4">
            {t("dashboard.alerts")}
          </Title>
          <Items
            items={data.noticeBoard.alerts.slice(0, 8).map((alert) => ({
              key: alert.id,
              // Every alert is about an incident (opened, assigned): it opens the incident.
              to: `/incidents/${alert.record.id}`,
              label: `${alert.record.number} · ${alert.title}`,
              detail: formatTime(alert.createdAt),
            }))}
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4">
            {t("dashboard.urgentTasks")} ({data.urgentTasks.totalCount})
          </Title>
          <Items
            items={data.urgentTasks.edges.map(({ node }) => ({
              key: node.id,
              to: `/tasks/${node.id}`,
              label: `${node.number} · ${node.description}`,
              // Red until someone takes charge of it, then yellow [001].
              badge: node.operatorId && !node.inPreparation ? "yellow" : "red",
              detail: node.operator?.name,
            }))}
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4">
            {t("dashboard.tasksInPreparation")} ({data.tasksInPreparation.totalCount})
          </Title>
          <Items
            items={data.tasksInPreparation.edges.map(({ node }) => ({
              key: node.id,
              to: `/tasks/${node.id}`,
              label: `${node.number} · ${node.description}`,
              detail: formatTime(node.plannedStartsAt),
            }))}
          />
        </Card>
        <Card withBorder>
          <Title order={2} size="h4">
            {t("dashboard.today")}
          </Title>
          <Items
            items={data.agenda.edges.map(({ node }) => ({
              key: node.id,
              to: recordPath(node.kind, node.recordId),
              label: node.recordNumber ? `${node.recordNumber} · ${node.title}` : node.title,
              detail: node.allDay ? undefined : formatTime(node.startsAt),
            }))}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function Count({ label, value, testId, to }: { label: string; value: number; testId: string; to?: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Text size="sm">{to ? <Link to={to}>{label}</Link> : label}</Text>
      <Text fz={32} fw={700}>
        {value}
      </Text>
    </Card>
  );
}

interface Item {
  key: string;
  to: string;
  label: string;
  detail?: string | null;
  badge?: "red" | "yellow";
}

function Items({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  if (!items.length) return <Text c="dimmed">{t("dashboard.nothing")}</Text>;
  return (
    <List spacing="xs" listStyleType="none" mt="sm">
      {items.map((item) => (
        <List.Item key={item.key}>
          <Group gap="xs" wrap="nowrap">
            {item.badge && <Badge color={item.badge} size="xs" circle aria-hidden />}
            <Link to={item.to}>{item.label}</Link>
            {item.detail && (
              <Text size="xs" c="dimmed">
                {item.detail}
              </Text>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
