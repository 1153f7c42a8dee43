/** Opening an incident: find the customer by name, number or tax id, then say what happened. */
import { Button, Modal, Select, Stack } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { CommandForm } from "../../components/CommandForm";
import { graphql } from "../../gql";

const CustomerSearchDocument = graphql(`
  query CustomerSearch($text: String!) {
    customers(first: 10, filter: { or: [{ name: { contains: $text } }, { number: { contains: $text } }, { taxId: { contains: $text } }] }) {
      edges { node { id number name } }
    }
  }
`);

export function OpenIncidentButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button onClick={open}>{t("incidents.open")}</Button>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={t("incidents.open")} size="lg">
        {opened && <OpenIncidentForm onCancel={close} />}
      </Modal>
    </>
  );
}

function OpenIncidentForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 250);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: CustomerSearchDocument, variables: { text: search }, pause: !search });
  const options = (data?.customers.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name} (${node.number})` }));
  return (
    <Stack>
      <Select
        label={t("incidents.customer")}
        required
        searchable
        filter={({ options: all }) => all}
        searchValue={text}
        onSearchChange={setText}
        data={options}
        value={customerId}
        onChange={setCustomerId}
        nothingFoundMessage={search ? t("common.none") : undefined}
      />
      {customerId && (
        <CommandForm
          key={customerId}
          path="/v1/incidents"
          fields={[
            { name: "customerId", label: "", kind: "hidden", initial: customerId },
            { name: "subject", label: t("incidents.subject"), kind: "text", required: true },
            { name: "description", label: t("incidents.description"), kind: "textarea", required: true },
            {
              name: "priority",
              label: t("incidents.priority"),
              kind: "select",
              initial: "normal",
              options: (["low", "normal", "high", "urgent"] as const).map((value) => ({
                value,
                label: t(`priority.${value.toUpperCase()}`),
              })),
            },
          ]}
          submitLabel={t("incidents.open")}
          onCancel={onCancel}
          onDone={(written) => navigate(`/incidents/${written.id}`)}
        />
      )}
    </Stack>
  );
}
