/** The opportunities board [000 §11.1, 002]: a column per status. Dragging a card (or choosing
 * "Move to" from the keyboard) asks what the move needs: the next contact day, the invoice, the
 * lost reason and what to improve, the reason to reopen. */
import { Card, Modal, Paper, ScrollArea, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { CommandForm } from "../../components/CommandForm";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import type { OpportunityStatus } from "../../gql/graphql";
import { moveBetween } from "./moves";

const BoardDocument = graphql(`
  query OpportunityBoard($atLeastPosition: Int) {
    opportunities(first: 100, orderBy: [{ field: UPDATED_AT, direction: DESC }], atLeastPosition: $atLeastPosition) {
      edges { node { id number subject status version customer { name } agent { name } } }
    }
    catalogueEntries(first: 100, filter: { kind: { eq: LOST_REASONS }, removed: { eq: false } }) {
      edges { node { code name } }
    }
  }
`);

export const STATUSES: OpportunityStatus[] = ["NEW", "WAITING", "WORKING", "WON", "LOST"];

interface Moving {
  id: string;
  version: number;
  from: OpportunityStatus;
  to: OpportunityStatus;
}

export function OpportunityBoard() {
  const { t } = useTranslation();
  const [{ data, error }, refresh] = useQuery({ query: BoardDocument });
  const [moving, setMoving] = useState<Moving | null>(null);
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const cards = data.opportunities.edges.map(({ node }) => node);
  const lostReasons = data.catalogueEntries.edges.map(({ node }) => ({ value: node.code, label: node.name }));
  const move = moving && moveBetween(moving.from, moving.to, t, lostReasons);
  const ask = (id: string, to: OpportunityStatus) => {
    const card = cards.find((candidate) => candidate.id === id);
    if (card && card.status !== to) setMoving({ id, version: card.version, from: card.status, to });
  };
  return (
    <>
      <ScrollArea type="auto">
        <SimpleGrid cols={5} miw={900} spacing="sm">
          {STATUSES.map((status) => (
            <Paper
              key={status}
              withBorder
              p="xs"
              data-testid={`column-${status}`}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => ask(event.dataTransfer.getData("text/plain"), status)}
            >
              <Title order={2} size="h5" mb="xs">
                {t(`opportunities.statuses.${status}`)} ({cards.filter((card) => card.status === status).length})
              </Title>
              <Stack gap="xs">
                {cards
                  .filter((card) => card.status === status)
                  .map((card) => (
                    <Card key={card.id} withBorder padding="xs" draggable onDragStart={(event) => event.dataTransfer.setData("text/plain", card.id)}>
                      <Link to={`/opportunities/${card.id}`}>{card.number}</Link>
                      <Text size="sm">{card.subject}</Text>
                      <Text size="xs" c="dimmed">
                        {card.customer?.name} · {card.agent?.name ?? "—"}
                      </Text>
                      <Select
                        size="xs"
                        mt={4}
                        aria-label={`${t("opportunities.moveTo")} (${card.number})`}
                        placeholder={t("opportunities.moveTo")}
                        value={null}
                        data={STATUSES.filter((to) => moveBetween(card.status, to, t, lostReasons)).map((to) => ({
                          value: to,
                          label: t(`opportunities.statuses.${to}`),
                        }))}
                        onChange={(to) => to && ask(card.id, to as OpportunityStatus)}
                      />
                    </Card>
                  ))}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      </ScrollArea>
      <Modal
        closeButtonProps={{ "aria-label": t("common.cancel") }}
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={moving ? `${t("opportunities.moveTo")}: ${t(`opportunities.statuses.${moving.to}`)}` : ""}
      >
        {moving && !move && <Text>{t("opportunities.noMove")}</Text>}
        {moving && move && (
          <CommandForm
            key={`${moving.id}-${moving.to}`}
            path={`/v1/opportunities/${moving.id}/${move.verb}`}
            fields={move.fields}
            ifMatch={moving.version}
            submitLabel={t(`opportunities.statuses.${moving.to}`)}
            onCancel={() => setMoving(null)}
            onDone={() => {
              setMoving(null);
              refresh({ requestPolicy: "network-only" });
            }}
          />
        )}
      </Modal>
    </>
  );
}
