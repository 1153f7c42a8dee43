/** A new task of a customer [001, 002]: planned (for an operator, or in preparation until someone
 * takes charge), or a history note of something already done. Also opened from a free slot of
 * the agenda, with its times. */
import { Button, Group, Modal, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import type { Written } from "../../api/commands";
import { CommandForm } from "../../components/CommandForm";
import { CustomerPicker, useContactOptions } from "../../components/CustomerPicker";
import { graphql } from "../../gql";

const NewTaskChoicesDocument = graphql(`
  query NewTaskChoices {
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
    catalogueEntries(first: 100, filter: { kind: { eq: TASK_TYPES }, removed: { eq: false } }) {
      edges { node { code name } }
    }
  }
`);

export type NewTaskKind = "plan" | "historyNote";

const PATHS: Record<NewTaskKind, string> = { plan: "/v1/tasks", historyNote: "/v1/tasks/history-notes" };

interface NewTaskFormProps {
  kind: NewTaskKind;
  /** Local datetime-input values ("2026-12-09T10:00"), from the agenda's slot. */
  startsAt?: string;
  endsAt?: string;
  operatorId?: string;
  onDone: (written: Written) => void;
  onCancel: () => void;
}

export function NewTaskForm({ kind, startsAt, endsAt, operatorId, onDone, onCancel }: NewTaskFormProps) {
  const { t } = useTranslation();
  const [customerId, setCustomerId] = useState<string | null>(null);
  const contacts = useContactOptions(customerId);
  const [{ data }] = useQuery({ query: NewTaskChoicesDocument });
  return (
    <Stack>
      <CustomerPicker value={customerId} onChange={setCustomerId} />
      {customerId && data && (
        <CommandForm
          key={customerId}
          path={PATHS[kind]}
          fields={[
            { name: "customerId", label: "", kind: "hidden", initial: customerId },
            { name: "contactId", label: t("common.contact"), kind: "select", options: contacts },
            { name: "description", label: t("tasks.description"), kind: "textarea", required: true },
            {
              name: "type",
              label: t("tasks.type"),
              kind: "select",
              required: true,
              options: data.catalogueEntries.edges.map(({ node }) => ({ value: node.code, label: node.name })),
            },
            {
              name: "operatorId",
              label: t("tasks.operator"),
              kind: "select",
              initial: operatorId,
              options: data.users.edges.map(({ node }) => ({ value: node.id, label: node.name })),
            },
            { name: "startsAt", label: t("tasks.startsAt"), kind: "datetime", required: true, initial: startsAt },
            { name: "endsAt", label: t("tasks.endsAt"), kind: "datetime", initial: endsAt },
            { name: "place", label: t("tasks.place"), kind: "text" },
          ]}
          submitLabel={t(`tasks.new.${kind}`)}
          onCancel={onCancel}
          onDone={onDone}
        />
      )}
    </Stack>
  );
}

/** The two buttons of the work queues: plan a task, record a history note. */
export function NewTaskButtons({ onDone }: { onDone: (written: Written) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<NewTaskKind>("plan");
  const [opened, { open, close }] = useDisclosure();
  const start = (chosen: NewTaskKind) => {
    setKind(chosen);
    open();
  };
  return (
    <Group>
      <Button onClick={() => start("plan")}>{t("tasks.new.plan")}</Button>
      <Button variant="default" onClick={() => start("historyNote")}>
        {t("tasks.new.historyNote")}
      </Button>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={t(`tasks.new.${kind}`)} size="lg">
        {opened && (
          <NewTaskForm
            kind={kind}
            onCancel={close}
            onDone={(written) => {
              close();
              onDone(written);
            }}
          />
        )}
      </Modal>
    </Group>
  );
}
