/** Customers [003, 004]: searched by name, number or tax id; prospects and customers alike; a
 * new one created here opens at once. */
import { Anchor, Badge, Button, Group, Modal, Stack, Table, TextInput, Title } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { CommandForm } from "../../components/CommandForm";
import { Loading } from "../../components/Loading";
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
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("customers.number")}</Table.Th>
                <Table.Th>{t("customers.name")}</Table.Th>
                <Table.Th>{t("customers.taxId")}</Table.Th>
                <Table.Th>{t("customers.kind")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.customers.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/customers/${node.id}`}>
                      {node.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{node.name}</Table.Td>
                  <Table.Td>{node.taxId}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={node.kind === "prospect" ? "gray" : "indigo"}>
                      {t(`customers.kinds.${node.kind}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
