/** The company's users: role, unit and whether enabled; invited, given another role or unit,
 * a new password, disabled and enabled again. */
import { Badge, Button, Group, Menu, Modal, Stack, Table } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { command } from "../../api/commands";
import { ProblemError } from "../../api/problems";
import { CommandForm, type FieldSpec } from "../../components/CommandForm";
import { InviteUser } from "./InviteUser";
import { ROLES } from "./roles";

export interface AdminUser {
  id: string;
  name: string;
  role: string;
  enabled: boolean;
  unit?: { name: string } | null;
}

type UserAction = "changeRole" | "moveToUnit" | "setPassword";
const PATHS: Record<UserAction, string> = { changeRole: "change-role", moveToUnit: "move-to-unit", setPassword: "password" };

interface UsersAdminProps {
  users: AdminUser[];
  units: { value: string; label: string }[];
  onChanged: () => void;
  onProblem: (message: string) => void;
}

export function UsersAdmin({ users, units, onChanged, onProblem }: UsersAdminProps) {
  const { t } = useTranslation();
  const [inviting, invite] = useDisclosure();
  const [acting, setActing] = useState<{ action: UserAction; user: AdminUser } | null>(null);
  const forms: Record<UserAction, FieldSpec[]> = {
    changeRole: [{ name: "role", label: t("admin.role"), kind: "select", required: true, initial: acting?.user.role, options: ROLES.map((value) => ({ value, label: t(`admin.roles.${value}`) })) }],
    moveToUnit: [{ name: "unitId", label: t("admin.unit"), kind: "select", required: true, options: units }],
    setPassword: [{ name: "password", label: t("admin.password"), kind: "password", required: true }],
  };
  const toggle = async (user: AdminUser) => {
    try {
      await command(`/v1/users/${user.id}/${user.enabled ? "disable" : "enable"}`);
      onChanged();
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      onProblem(error.detail);
    }
  };
  return (
    <Stack>
      <Group>
        <Button onClick={invite.open}>{t("admin.invite")}</Button>
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("admin.name")}</Table.Th>
              <Table.Th>{t("admin.role")}</Table.Th>
              <Table.Th>{t("admin.unit")}</Table.Th>
              <Table.Th>{t("admin.status")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td>{t(`admin.roles.${user.role}`, user.role)}</Table.Td>
                <Table.Td>{user.unit?.name}</Table.Td>
                <Table.Td>
                  <Badge color={user.enabled ? "teal.9" : "gray"}>{t(user.enabled ? "admin.enabled" : "admin.disabled")}</Badge>
                </Table.Td>
                <Table.Td>
                  <Menu>
                    <Menu.Target>
                      <Button size="compact-sm" variant="default" aria-label={`${t("common.actions")} ${user.name}`}>
                        …
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {(Object.keys(PATHS) as UserAction[]).map((action) => (
                        <Menu.Item key={action} onClick={() => setActing({ action, user })}>
                          {t(`admin.${action}`)}
                        </Menu.Item>
                      ))}
                      <Menu.Item color={user.enabled ? "red" : undefined} onClick={() => void toggle(user)}>
                        {t(user.enabled ? "admin.disable" : "admin.enable")}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={inviting} onClose={invite.close} title={t("admin.invite")}>
        {inviting && (
          <InviteUser
            units={units}
            onCancel={invite.close}
            onDone={() => {
              invite.close();
              onChanged();
            }}
          />
        )}
      </Modal>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={acting !== null} onClose={() => setActing(null)} title={acting ? `${t(`admin.${acting.action}`)} · ${acting.user.name}` : t("admin.users")}>
        {acting && (
          <CommandForm
            key={`${acting.action}:${acting.user.id}`}
            path={`/v1/users/${acting.user.id}/${PATHS[acting.action]}`}
            fields={forms[acting.action]}
            submitLabel={t("common.save")}
            onCancel={() => setActing(null)}
            onDone={() => {
              setActing(null);
              onChanged();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
