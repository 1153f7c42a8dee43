/** Customers [003, 004]: searched by name, number or tax id; prospects and customers alike; a
 * new one created here opens at once. */
import { Badge, Button, Group, Modal, Stack, TextInput, Title } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { CommandForm } from "../../components/CommandForm";
import { Loading } from "../../components/Loading";
import { RecordTable } from "../../components/RecordTable";
import { graphql } from "../../gql";
import type { CustomerFilter } from "../../gql/graphql";

const CustomersDocument = graphql(`
  query Customers($filter: CustomerFilter, $atLeastPosition: Int) {
    customers(first: 50, filter: $filter, orderBy: [{ field: NAME }], atLeastPosition: $atLeastPosition) {
      totalCount
      edges { node { id number kind name taxId active blocked } }
    }
  }
`);

export default function CustomerList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 300);
  const [creating, { open, close }] = useDisclosure();
  const filter: CustomerFilter | null = search
    ? { or: [{ name: { contains: search } }, { number: { contains: search } }, { taxId: { contains: search } }] }
    : null;
  const [{ data, error }, refresh] = useQuery({ query: CustomersDocument, variables: { filter } });
  useLiveRefresh(refresh);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("customers.title")}</Title>
        <Button onClick={open}>{t("customers.create")}</Button>
      </Group>
      <TextInput aria-label={t("customers.search")} placeholder={t("customers.search")} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      {!data ? (
        <Loading error={error} />
      ) : (
        <RecordTable minWidth={520}
          headers={[t("customers.number"), t("customers.name"), t("customers.taxId"), t("customers.kind")]}
          rows={data.customers.edges.map(({ node }) => ({
            id: node.id,
            path: `/customers/${node.id}`,
            number: node.number,
            cells: [
              node.name,
              node.taxId,
              <Badge variant="light" color={node.kind === "prospect" ? "gray" : "indigo"}>
                {t(`customers.kinds.${node.kind}`)}
              </Badge>,
            ],
          }))}
        />
      )}
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={creating} onClose={close} title={t("customers.create")}>
        {creating && (
          <CommandForm
            path="/v1/customers"
            fields={[
              {
                name: "kind",
                label: t("customers.kind"),
                kind: "select",
                required: true,
                initial: "prospect",
                options: (["prospect", "customer"] as const).map((value) => ({ value, label: t(`customers.kinds.${value}`) })),
              },
              { name: "name", label: t("customers.name"), kind: "text", required: true },
              { name: "taxId", label: t("customers.taxId"), kind: "text" },
            ]}
            submitLabel={t("common.save")}
            onCancel={close}
            onDone={(written) => navigate(`/customers/${written.id}`)}
          />
        )}
      </Modal>
    </Stack>
  );
}
