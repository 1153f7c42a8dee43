/** Moving a week view a week back, to this week, or a week on. */
import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { addDays, mondayOf } from "./weeks";

export function WeekNavigation({ monday, onMonday }: { monday: Date; onMonday: (monday: Date) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="default" onClick={() => onMonday(addDays(monday, -7))}>
        {t("planning.previousWeek")}
      </Button>
      <Button variant="default" onClick={() => onMonday(mondayOf(new Date()))}>
        {t("planning.thisWeek")}
      </Button>
      <Button variant="default" onClick={() => onMonday(addDays(monday, 7))}>
        {t("planning.nextWeek")}
      </Button>
    </>
  );
}
