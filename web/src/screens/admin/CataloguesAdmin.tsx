/** The company's catalogues, one kind at a time: entries added (task types with a colour),
 * renamed, removed (older records keep showing them), task types made priority or not. */
import { ActionIcon, Badge, Button, ColorSwatch, Group, Menu, Modal, Select, Stack, Table } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { command } from "../../api/commands";
import { useLiveRefresh } from "../../api/live";
import { ProblemError } from "../../api/problems";
import { CommandForm, type FieldSpec } from "../../components/CommandForm";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import type { CatalogueKind } from "../../gql/graphql";

const EntriesDocument = graphql(`
  query CatalogueAdmin($kind: CatalogueKind!, $atLeastPosition: Int) {
    catalogueEntries(first: 100, filter: { kind: { eq: $kind } }, atLeastPosition: $atLeastPosition) {
      edges { node { code name colour priority removed } }
    }
  }
`);

const KINDS: CatalogueKind[] = ["TASK_TYPES", "INCIDENT_TYPES", "NOTICE_CODES", "RESOLUTION_CODES", "LOST_REASONS", "CLASSIFICATION_CRITERIA", "CUSTOM_FIELDS"];

type EntryAction = "add" | "rename";

export function CataloguesAdmin({ onProblem }: { onProblem: (message: string) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CatalogueKind>("TASK_TYPES");
  const [acting, setActing] = useState<{ action: EntryAction; code?: string; name?: string } | null>(null);
  const [{ data, error }, refresh] = useQuery({ query: EntriesDocument, variables: { kind } });
  useLiveRefresh(refresh);
  const base = `/v1/catalogues/${kind.toLowerCase()}/entries`;
  const act = async (code: string, verb: "remove" | "prioritise" | "deprioritise") => {
    try {
      await command(`${base}/${encodeURIComponent(code)}/${verb}`);
      refresh({ requestPolicy: "network-only" });
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      onProblem(error.detail);
    }
  };
  const forms: Record<EntryAction, { path: string; fields: FieldSpec[] }> = {
    add: {
      path: base,
      fields: [
        { name: "code", label: t("admin.code"), kind: "text", required: true },
        { name: "name", label: t("admin.name"), kind: "text", required: true },
        ...(kind === "TASK_TYPES" ? [{ name: "colour", label: `${t("admin.colour")} (#RRGGBB)`, kind: "text" as const }] : []),
      ],
    },
    rename: {
      path: `${base}/${encodeURIComponent(acting?.code ?? "")}/rename`,
      fields: [{ name: "name", label: t("admin.name"), kind: "text", required: true, initial: acting?.name }],
    },
  };
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t("admin.kind")}
          value={kind}
          allowDeselect={false}
          onChange={(value) => value && setKind(value as CatalogueKind)}
          data={KINDS.map((value) => ({ value, label: t(`admin.kinds.${value}`) }))}
        />
        <Button onClick={() => setActing({ action: "add" })}>{t("admin.addEntry")}</Button>
      </Group>
      {!data ? (
        <Loading error={error} />
      ) : (
        <Table striped data-testid="catalogue-entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("admin.code")}</Table.Th>
              <Table.Th>{t("admin.name")}</Table.Th>
              <Table.Th>{t("admin.status")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.catalogueEntries.edges.map(({ node }) => (
              <Table.Tr key={node.code}>
                <Table.Td>{node.code}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {node.colour && <ColorSwatch color={node.colour} size={14} aria-hidden />}
                    {node.name}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {node.priority && <Badge color="red">{t("admin.priority")}</Badge>} {node.removed && <Badge color="gray">{t("admin.removed")}</Badge>}
                </Table.Td>
                <Table.Td>
                  {!node.removed && (
                    <Menu>
                      <Menu.Target>
                        <ActionIcon variant="default" aria-label={`${t("common.actions")} ${node.name}`}>
                          …
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setActing({ action: "rename", code: node.code, name: node.name })}>{t("admin.rename")}</Menu.Item>
                        {kind === "TASK_TYPES" && (
                          <Menu.Item onClick={() => void act(node.code, node.priority ? "deprioritise" : "prioritise")}>
                            {t(node.priority ? "admin.deprioritise" : "admin.prioritise")}
                          </Menu.Item>
                        )}
                        <Menu.Item color="red" onClick={() => void act(node.code, "remove")}>
                          {t("admin.remove")}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={acting !== null} onClose={() => setActing(null)} title={t(acting?.action === "rename" ? "admin.rename" : "admin.addEntry")}>
        {acting && (
          <CommandForm
            key={`${acting.action}:${acting.code}`}
            path={forms[acting.action].path}
            fields={forms[acting.action].fields}
            submitLabel={t("common.save")}
            onCancel={() => setActing(null)}
            onDone={() => {
              setActing(null);
              refresh({ requestPolicy: "network-only" });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
