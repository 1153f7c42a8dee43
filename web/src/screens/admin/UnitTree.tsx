/** The business-unit tree: each unit indented under its parent with how many people it has;
 * a new unit under any other, renamed, or moved under another. */
import { Button, Group, Menu, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CommandForm, type FieldSpec } from "../../components/CommandForm";
import { treeOrder, type UnitNode } from "./unitTree";

type UnitAction = "add" | "rename" | "move";

interface UnitTreeProps {
  units: (UnitNode & { memberCount: number })[];
  onChanged: () => void;
}

export function UnitTree({ units, onChanged }: UnitTreeProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<{ kind: UnitAction; unit: UnitNode | null }>({ kind: "add", unit: null });
  const [opened, { open, close }] = useDisclosure();
  const options = treeOrder(units).map((unit) => ({ value: unit.id, label: `${"· ".repeat(unit.depth)}${unit.name}` }));
  const members = new Map(units.map((unit) => [unit.id, unit.memberCount]));
  const choose = (kind: UnitAction, unit: UnitNode | null) => {
    setAction({ kind, unit });
    open();
  };
  const forms: Record<UnitAction, { path: string; fields: FieldSpec[] }> = {
    add: {
      path: "/v1/business-units",
      fields: [
        { name: "name", label: t("admin.name"), kind: "text", required: true },
        { name: "parentId", label: t("admin.parent"), kind: "select", required: true, initial: action.unit?.id, options },
      ],
    },
    rename: {
      path: `/v1/business-units/${action.unit?.id}/rename`,
      fields: [{ name: "name", label: t("admin.name"), kind: "text", required: true, initial: action.unit?.name }],
    },
    move: {
      path: `/v1/business-units/${action.unit?.id}/move`,
      fields: [{ name: "parentId", label: t("admin.parent"), kind: "select", required: true, options: options.filter((o) => o.value !== action.unit?.id) }],
    },
  };
  return (
    <Stack gap="xs">
      <Group>
        <Button onClick={() => choose("add", null)}>{t("admin.addUnit")}</Button>
      </Group>
      <ul aria-label={t("admin.units")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {treeOrder(units).map((unit) => (
          <li key={unit.id} style={{ paddingLeft: unit.depth * 24 }} data-testid={`unit-${unit.name}`}>
            <Group gap="xs" py={2}>
              <Menu>
                <Menu.Target>
                  <Button variant="subtle" size="compact-sm">
                    {unit.name}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => choose("add", unit)}>{t("admin.addUnit")}</Menu.Item>
                  <Menu.Item onClick={() => choose("rename", unit)}>{t("admin.rename")}</Menu.Item>
                  {unit.parentId && <Menu.Item onClick={() => choose("move", unit)}>{t("admin.move")}</Menu.Item>}
                </Menu.Dropdown>
              </Menu>
              <Text size="xs" c="dimmed">
                {t("admin.members", { count: members.get(unit.id) ?? 0 })}
              </Text>
            </Group>
          </li>
        ))}
      </ul>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={t(action.kind === "add" ? "admin.addUnit" : `admin.${action.kind}`)}>
        {opened && (
          <CommandForm
            key={`${action.kind}:${action.unit?.id}`}
            path={forms[action.kind].path}
            fields={forms[action.kind].fields}
            submitLabel={t("common.save")}
            onCancel={close}
            onDone={() => {
              close();
              onChanged();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
