import { Alert, Button, Container, PasswordInput, Paper, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { command } from "../api/commands";
import { ProblemError } from "../api/problems";

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await command("/v1/sign-in", { email, password });
      onSignedIn();
    } catch (error) {
      setProblem(error instanceof ProblemError && error.status === 401 ? t("signIn.wrong") : String(error instanceof Error ? error.message : error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} my={60}>
      <main>
        <Title order={1} ta="center">
          {t("signIn.title")}
        </Title>
        <Paper withBorder shadow="sm" p="lg" mt="lg" component="form" onSubmit={submit}>
          <TextInput label={t("signIn.email")} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label={t("signIn.password")} autoComplete="current-password" required mt="md" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          {problem && (
            <Alert color="red" mt="md" role="alert">
              {problem}
            </Alert>
          )}
          <Button type="submit" fullWidth mt="lg" loading={busy}>
            {t("signIn.submit")}
          </Button>
        </Paper>
      </main>
    </Container>
  );
}
