import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface PagerProps {
  total: number;
  shown: number;
  hasNext: boolean;
  hasPrevious: boolean;
  onNext: () => void;
  onPrevious: () => void;
}

/** Moves through a connection page by page with its cursors. */
export function Pager({ total, shown, hasNext, hasPrevious, onNext, onPrevious }: PagerProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t("common.shown", { shown, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={!hasPrevious} onClick={onPrevious}>
          {t("common.previous")}
        </Button>
        <Button variant="default" size="xs" disabled={!hasNext} onClick={onNext}>
          {t("common.next")}
        </Button>
      </Group>
    </Group>
  );
}
