import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface Connection {
  totalCount: number;
  edges: unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface PagerProps {
  connection: Connection;
  /** The cursors of the pages before this one: "previous" goes back to where that page began. */
  cursors: (string | null)[];
  onCursors: (cursors: (string | null)[]) => void;
}

/** Moves through a connection page by page with its keyset cursors. */
export function Pager({ connection, cursors, onCursors }: PagerProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t("common.shown", { shown: connection.edges.length, total: connection.totalCount })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={cursors.length === 0} onClick={() => onCursors(cursors.slice(0, -1))}>
          {t("common.previous")}
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={!connection.pageInfo.hasNextPage}
          onClick={() => onCursors([...cursors, connection.pageInfo.endCursor ?? null])}
        >
          {t("common.next")}
        </Button>
      </Group>
    </Group>
  );
}
