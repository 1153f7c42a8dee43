/** The agenda [000 §11.5, 001]: one's own, another user's or a team's (as scopes allow), by day,
 * work week, week or month; colours by kind; a free slot plans an entry; dragging moves or
 * resizes a task or an entry (a refused move shows the newer version); the iCalendar link. */
import type { DatesSetArg, EventDropArg } from "@fullcalendar/core";
import esLocale from "@fullcalendar/core/locales/es";
import dayGridPlugin from "@fullcalendar/daygrid";
import interactionPlugin, { type EventResizeDoneArg } from "@fullcalendar/interaction";
import FullCalendar from "@fullcalendar/react";
import timeGridPlugin from "@fullcalendar/timegrid";
import { Alert, Group, Modal, SegmentedControl, Select, Stack, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { ProblemError } from "../../api/problems";
import { useLiveRefresh } from "../../api/live";
import { useSession } from "../../auth/session";
import { CommandForm } from "../../components/CommandForm";
import { recordPath } from "../../components/recordPath";
import { graphql } from "../../gql";
import type { AgendaItemKind, AgendaView } from "../../gql/graphql";
import { NewTaskForm } from "../tasks/NewTask";
import { CalendarFeedButton } from "./CalendarFeedButton";
import { movable, moveItem } from "./moves";

const AgendaDocument = graphql(`
  query Agenda($view: AgendaView!, $date: Date!, $userId: ID, $teamId: ID, $atLeastPosition: Int) {
    agenda(view: $view, date: $date, userId: $userId, teamId: $teamId, first: 100, atLeastPosition: $atLeastPosition) {
      totalCount
      edges { node { id kind recordId recordNumber title startsAt endsAt allDay version } }
    }
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
    businessUnits(first: 100) { edges { node { id name } } }
  }
`);

const TEAM = "team:";

const VIEWS: Record<string, AgendaView> = {
  timeGridDay: "DAY",
  workWeek: "WORK_WEEK",
  timeGridWeek: "WEEK",
  dayGridMonth: "MONTH",
};

const COLOURS: Record<AgendaItemKind, string> = {
  TASK: "#364fc7",
  REPAIR_ORDER: "#2b8a3e",
  AGENDA_ENTRY: "#5f3dc4",
  OPPORTUNITY_CONTACT: "#c92a2a",
  INCIDENT: "#d9480f",
  CUSTOMER_VISIT: "#0b7285",
};

// Constant props: FullCalendar resets itself when a new object arrives at each render.
const PLUGINS = [dayGridPlugin, timeGridPlugin, interactionPlugin];
const LOCALES = [esLocale];
const CUSTOM_VIEWS = { workWeek: { type: "timeGridWeek", weekends: false, buttonText: "L-V" } };
const ARROWS = { prev: "‹", next: "›" };
const TOOLBAR = {
  left: "prev,next today",
  center: "title",
  right: "timeGridDay,workWeek,timeGridWeek,dayGridMonth",
};

export default function AgendaPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [range, setRange] = useState<{ view: AgendaView; date: string }>({ view: "WEEK", date: today() });
  // A person's agenda ("<user id>") or a team's ("team:<unit id>").
  const [whose, setWhose] = useState(me.id);
  const teamId = whose.startsWith(TEAM) ? whose.slice(TEAM.length) : null;
  const userId = teamId ? null : whose;
  const [slot, setSlot] = useState<{ start: Date; end: Date; allDay: boolean } | null>(null);
  const [planning, setPlanning] = useState<"entry" | "task">("entry");
  const [conflict, setConflict] = useState<string | null>(null);
  const [{ data, error }, refresh] = useQuery({ query: AgendaDocument, variables: { ...range, userId, teamId } });
  useLiveRefresh(refresh);
  const items = useMemo(() => data?.agenda.edges.map(({ node }) => node) ?? [], [data]);
  const events = useMemo(
    () =>
      items.map((item) => ({
        id: item.id,
        title: item.recordNumber ? `${item.recordNumber} · ${item.title}` : item.title,
        start: item.startsAt,
        end: item.endsAt ?? undefined,
        allDay: item.allDay,
        backgroundColor: COLOURS[item.kind],
        borderColor: COLOURS[item.kind],
        editable: movable(item.kind),
        extendedProps: { kind: item.kind, recordId: item.recordId },
      })),
    [items],
  );
  // The entries as they were when a drag or resize began, shown until it ends: new entries from
  // the live refresh (every 2 s) made FullCalendar draw its events again and drop the drag.
  const [dragged, setDragged] = useState<typeof events | null>(null);
  const hold = () => setDragged(events);
  const release = () => setDragged(null);

  async function moved(info: EventDropArg | EventResizeDoneArg) {
    const item = items.find((candidate) => candidate.id === info.event.id);
    if (!item || !info.event.start) return info.revert();
    try {
      await moveItem(item.kind, item.recordId, item.version, info.event.start, info.event.end);
      setConflict(null);
    } catch (refusal) {
      info.revert();
      setConflict(refusal instanceof ProblemError && refusal.status === 412 ? t("agenda.conflict") : String(refusal));
    }
    refresh({ requestPolicy: "network-only" });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("agenda.title")}</Title>
        <Group>
          <Select
            label={t("agenda.whose")}
            value={whose}
            onChange={(value) => setWhose(value ?? me.id)}
            data={[
              { group: t("agenda.people"), items: (data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })) },
              {
                group: t("agenda.teams"),
                items: (data?.businessUnits.edges ?? []).map(({ node }) => ({ value: `${TEAM}${node.id}`, label: node.name })),
              },
            ]}
            searchable
          />
          <CalendarFeedButton />
        </Group>
      </Group>
      {data && data.agenda.totalCount > items.length && (
        <Alert color="yellow">{t("agenda.more", { shown: items.length, total: data.agenda.totalCount })}</Alert>
      )}
      {(conflict || error) && (
        <Alert color="red" role="alert">
          {conflict ?? error?.graphQLErrors[0]?.message ?? error?.message}
        </Alert>
      )}
      <FullCalendar
        plugins={PLUGINS}
        locales={LOCALES}
        locale={i18n.language}
        initialView="timeGridWeek"
        views={CUSTOM_VIEWS}
        headerToolbar={TOOLBAR}
        // Its chevron icons are images without a text: plain arrows, named by the locale's hints.
        buttonIcons={false}
        buttonText={ARROWS}
        firstDay={1}
        height="auto"
        nowIndicator
        scrollTime="07:00:00"
        selectable
        select={(info) => setSlot({ start: info.start, end: info.end, allDay: info.allDay })}
        datesSet={(info: DatesSetArg) => {
          const view = VIEWS[info.view.type] ?? "WEEK";
          const date = isoDay(info.view.currentStart);
          // FullCalendar tells its dates again at every render: only a real change is news.
          setRange((old) => (old.view === view && old.date === date ? old : { view, date }));
        }}
        events={dragged ?? events}
        eventClick={(info) => navigate(recordPath(info.event.extendedProps.kind, info.event.extendedProps.recordId))}
        eventDragStart={hold}
        eventDragStop={release}
        eventResizeStart={hold}
        eventResizeStop={release}
        eventDrop={moved}
        eventResize={moved}
      />
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={slot !== null} onClose={() => setSlot(null)} title={t("agenda.plan")} size="lg">
        {slot && (
          <SegmentedControl
            mb="sm"
            fullWidth
            aria-label={t("agenda.plan")}
            value={planning}
            onChange={(value) => setPlanning(value as "entry" | "task")}
            data={[
              { value: "entry", label: t("agenda.newEntry") },
              { value: "task", label: t("agenda.newTask") },
            ]}
          />
        )}
        {slot && planning === "task" && (
          <NewTaskForm
            kind="plan"
            startsAt={localInput(slot.start)}
            endsAt={localInput(slot.end)}
            operatorId={userId ?? me.id}
            onCancel={() => setSlot(null)}
            onDone={() => {
              setSlot(null);
              refresh({ requestPolicy: "network-only" });
            }}
          />
        )}
        {slot && planning === "entry" && (
          <CommandForm
            path="/v1/agenda-entries"
            fields={[
              { name: "ownerId", label: "", kind: "hidden", initial: userId ?? me.id },
              { name: "title", label: t("agenda.entryTitle"), kind: "text", required: true },
              { name: "notes", label: t("agenda.notes"), kind: "textarea" },
              { name: "startsAt", label: t("agenda.startsAt"), kind: "datetime", required: true, initial: localInput(slot.start) },
              { name: "endsAt", label: t("agenda.endsAt"), kind: "datetime", required: true, initial: localInput(slot.end) },
            ]}
            submitLabel={t("common.save")}
            onCancel={() => setSlot(null)}
            onDone={() => {
              setSlot(null);
              refresh({ requestPolicy: "network-only" });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function isoDay(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

function today(): string {
  return isoDay(new Date());
}

/** A moment as a datetime-local input shows it: the browser's local time, to the minute. */
function localInput(moment: Date): string {
  return `${isoDay(moment)}T${String(moment.getHours()).padStart(2, "0")}:${String(moment.getMinutes()).padStart(2, "0")}`;
}
