/** The iCalendar subscription link of one's agenda: asked for, shown once to copy (asking again
 * makes a new link and the old one stops working). */
import { Button, Code, Modal, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { command } from "../../api/commands";

export function CalendarFeedButton() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="default"
        onClick={async () => {
          const answer = await command<{ url: string }>("/v1/me/calendar-feed");
          setUrl(answer.url);
        }}
      >
        {t("agenda.subscribe")}
      </Button>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={url !== null} onClose={() => setUrl(null)} title={t("agenda.subscribe")}>
        <Text size="sm">{t("agenda.feedUrl")}</Text>
        <Code block mt="sm">
          {url}
        </Code>
      </Modal>
    </>
  );
}
