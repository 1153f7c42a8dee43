/** Logging a notice [000 §11.6]: who called (a customer, found by name, or anyone by name and
 * phone), for whom, why (a notice code), what they said and how important it is. */
import { SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { CommandForm } from "../../components/CommandForm";
import { CustomerPicker } from "../../components/CustomerPicker";
import { graphql } from "../../gql";

const NoticeChoicesDocument = graphql(`
  query NoticeChoices {
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
    catalogueEntries(first: 100, filter: { kind: { eq: NOTICE_CODES }, removed: { eq: false } }) {
      edges { node { code name } }
    }
  }
`);

type CallerKind = "customer" | "supplier" | "other";

export function LogNotice({ onDone, onCancel }: { onDone: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: NoticeChoicesDocument });
  const [callerKind, setCallerKind] = useState<CallerKind>("customer");
  const [customerId, setCustomerId] = useState<string | null>(null);
  return (
    <Stack>
      <SegmentedControl
        aria-label={t("notices.callerKind")}
        value={callerKind}
        onChange={(value) => setCallerKind(value as CallerKind)}
        data={(["customer", "supplier", "other"] as const).map((kind) => ({ value: kind, label: t(`notices.callerKinds.${kind}`) }))}
      />
      {callerKind === "customer" && <CustomerPicker value={customerId} onChange={setCustomerId} />}
      {data && (
        <CommandForm
          key={`${callerKind}:${customerId}`}
          path="/v1/notices"
          fields={[
            { name: "callerKind", label: "", kind: "hidden", initial: callerKind },
            { name: "customerId", label: "", kind: "hidden", initial: callerKind === "customer" ? (customerId ?? "") : "" },
            { name: "callerName", label: t("notices.callerName"), kind: "text" },
            { name: "callerPhone", label: t("notices.callerPhone"), kind: "text" },
            {
              name: "recipientId",
              label: t("notices.recipient"),
              kind: "select",
              required: true,
              options: data.users.edges.map(({ node }) => ({ value: node.id, label: node.name })),
            },
            {
              name: "code",
              label: t("notices.code"),
              kind: "select",
              required: true,
              options: data.catalogueEntries.edges.map(({ node }) => ({ value: node.code, label: node.name })),
            },
            { name: "text", label: t("notices.text"), kind: "textarea", required: true },
            { name: "importance", label: t("notices.importance"), kind: "number", required: true, initial: "3" },
          ]}
          submitLabel={t("notices.log")}
          onCancel={onCancel}
          onDone={(written) => onDone(written.id)}
        />
      )}
    </Stack>
  );
}
