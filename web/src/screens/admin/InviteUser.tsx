/** Inviting a person: the user is added (name, e-mail, role, unit), then given the initial
 * password the administrator shares with them; a refusal at either step keeps what was typed. */
import { PasswordInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { command } from "../../api/commands";
import { ProblemError } from "../../api/problems";
import { ROLES } from "./roles";
import { FormFooter } from "../../components/FormFooter";

interface InviteUserProps {
  units: { value: string; label: string }[];
  onDone: () => void;
  onCancel: () => void;
}

export function InviteUser({ units, onDone, onCancel }: InviteUserProps) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<string | null>("agent");
  const [unitId, setUnitId] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  // Once added, a retry only sets the password: the user is not added twice.
  const [addedId, setAddedId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [busy, setBusy] = useState(false);

  async function invite(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      let userId = addedId;
      if (!userId) {
        userId = (await command("/v1/users", { name, email, role, ...(unitId ? { unitId } : {}) })).id;
        setAddedId(userId);
      }
      await command(`/v1/users/${userId}/password`, { password });
      setProblem(null);
      onDone();
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const named = ["name", "email", "role", "unitId", "password"].some((field) => problem?.forField(field));
  return (
    <Stack component="form" onSubmit={invite} gap="sm">
      <TextInput label={t("admin.name")} required disabled={addedId !== null} value={name} onChange={(e) => setName(e.currentTarget.value)} error={problem?.forField("name")} />
      <TextInput label={t("admin.email")} type="email" required disabled={addedId !== null} value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.forField("email")} />
      <Select
        label={t("admin.role")}
        required
        disabled={addedId !== null}
        data={ROLES.map((value) => ({ value, label: t(`admin.roles.${value}`) }))}
        value={role}
        onChange={setRole}
        error={problem?.forField("role")}
      />
      <Select label={t("admin.unit")} clearable disabled={addedId !== null} data={units} value={unitId} onChange={setUnitId} error={problem?.forField("unitId")} />
      <PasswordInput label={t("admin.password")} required value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={problem?.forField("password")} />
      <Text size="xs" c="dimmed">
        {t("admin.passwordHint")}
      </Text>
      <FormFooter problem={problem} named={named} busy={busy} submitLabel={t("admin.invite")} onCancel={onCancel} />
    </Stack>
  );
}
