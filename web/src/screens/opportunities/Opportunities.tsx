/** The opportunities [000 §11.1]: the board, and the pipeline's figures beside it. */
import { Group, Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NewOpportunityButton } from "./NewOpportunity";
import { OpportunityBoard } from "./OpportunityBoard";
import { Pipeline } from "./Pipeline";

export default function Opportunities() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("opportunities.title")}</Title>
        <NewOpportunityButton />
      </Group>
      <Tabs defaultValue="board" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="board">{t("opportunities.board")}</Tabs.Tab>
          <Tabs.Tab value="pipeline">{t("opportunities.pipeline")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="sm">
          <OpportunityBoard />
        </Tabs.Panel>
        <Tabs.Panel value="pipeline" pt="sm">
          <Pipeline />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
