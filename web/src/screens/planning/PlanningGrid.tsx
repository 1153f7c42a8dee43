/** The planning board's grid [000 §11.8]: technicians in rows, days in columns, each card a task
 * or a repair order, coloured by its task type, marked planned or confirmed in words as well as
 * by its border. Cards are dragged to another cell, or moved with the keyboard from their "Move"
 * button; `onMove` decides what that means. */
import { Badge, Button, Card, Group, Modal, NativeSelect, Paper, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { localDay } from "../../components/weeks";
import type { PlanCard } from "./planMoves";

export interface PlanPerson {
  id: string;
  name: string;
}

interface PlanningGridProps {
  people: PlanPerson[];
  days: string[];
  cards: PlanCard[];
  onMove: (card: PlanCard, personId: string, day: string) => void;
}

const DRAGGED = "application/x-cronica-plan-card";

export function PlanningGrid({ people, days, cards, onMove }: PlanningGridProps) {
  const { t, i18n } = useTranslation();
  const [moving, setMoving] = useState<PlanCard | null>(null);
  const [target, setTarget] = useState<{ personId: string | null; day: string | null }>({ personId: null, day: null });
  const dayName = (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(i18n.language, { weekday: "short", day: "numeric", month: "short" });
  const unassigned = cards.filter((card) => card.personId === null);
  const rows: (PlanPerson | null)[] = unassigned.length ? [...people, null] : people;
  const drop = (id: string, personId: string | undefined, day: string) => {
    const card = cards.find((candidate) => candidate.id === id);
    if (card && personId) onMove(card, personId, day);
  };
  return (
    <>
      <ScrollArea type="auto">
        <Table withTableBorder withColumnBorders miw={180 + days.length * 170} style={{ tableLayout: "fixed" }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("planning.technician")}</Table.Th>
              {days.map((day) => (
                <Table.Th key={day}>{dayName(day)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((person) => (
              <Table.Tr key={person?.id ?? "unassigned"}>
                <Table.Th scope="row">{person?.name ?? t("planning.unassigned")}</Table.Th>
                {days.map((day) => (
                  <Table.Td
                    key={day}
                    valign="top"
                    data-testid={`cell-${person?.id ?? "unassigned"}-${day}`}
                    onDragOver={(event) => person && event.preventDefault()}
                    onDrop={(event) => drop(event.dataTransfer.getData(DRAGGED), person?.id, day)}
                  >
                    <Stack gap={4} mih={48}>
                      {cards
                        .filter((card) => card.personId === (person?.id ?? null) && localDay(card.startsAt) === day)
                        .map((card) => (
                          <PlanCardView
                            key={card.id}
                            card={card}
                            onMoveClick={() => {
                              setMoving(card);
                              setTarget({ personId: card.personId, day });
                            }}
                          />
                        ))}
                    </Stack>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={moving !== null} onClose={() => setMoving(null)} title={t("planning.move")}>
        <Stack>
          <NativeSelect
            label={t("planning.technician")}
            value={target.personId ?? ""}
            onChange={(event) => {
              const personId = event.currentTarget.value || null;
              setTarget((old) => ({ ...old, personId }));
            }}
            data={[{ value: "", label: "—" }, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          />
          <NativeSelect
            label={t("planning.day")}
            value={target.day ?? ""}
            onChange={(event) => {
              const day = event.currentTarget.value || null;
              setTarget((old) => ({ ...old, day }));
            }}
            data={days.map((day) => ({ value: day, label: dayName(day) }))}
          />
          <Group justify="flex-end">
            <Button
              disabled={!target.personId || !target.day}
              onClick={() => {
                if (moving && target.personId && target.day) onMove(moving, target.personId, target.day);
                setMoving(null);
              }}
            >
              {t("planning.move")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function PlanCardView({ card, onMoveClick }: { card: PlanCard; onMoveClick: () => void }) {
  const { t, i18n } = useTranslation();
  const time = new Date(card.startsAt).toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" });
  return (
    <Card
      withBorder
      padding={6}
      draggable
      data-testid={`plan-card-${card.number}`}
      onDragStart={(event) => event.dataTransfer.setData(DRAGGED, card.id)}
      style={{ borderLeft: `4px ${card.confirmed ? "solid" : "dashed"} ${card.colour ?? "#495057"}` }}
    >
      <Paper>
        <Group gap={4} justify="space-between" wrap="nowrap">
          <Link to={card.kind === "TASK" ? `/tasks/${card.id}` : `/repair-orders/${card.id}`}>{card.number}</Link>
          <Badge size="xs" variant={card.confirmed ? "filled" : "outline"} color="gray">
            {t(card.confirmed ? "planning.confirmed" : "planning.planned")}
          </Badge>
        </Group>
        <Text size="xs">
          {time} · {card.title}
        </Text>
        <Button size="compact-xs" variant="subtle" onClick={onMoveClick} aria-label={`${t("planning.move")} ${card.number}`}>
          {t("planning.move")}
        </Button>
      </Paper>
    </Card>
  );
}
