import { Alert, Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProblemError } from "../api/problems";

interface FormFooterProps {
  /** The refusal of the last send, shown here unless a field of the form shows it. */
  problem: ProblemError | null;
  /** Whether a field of the form names the problem (then it is shown beside that field). */
  named: boolean;
  busy: boolean;
  submitLabel: string;
  onCancel?: () => void;
}

/** The end of a command's form: a refusal no field shows, then cancel and send. */
export function FormFooter({ problem, named, busy, submitLabel, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {problem && !named && (
        <Alert color="red" role="alert" title={problem.title}>
          {problem.detail}
        </Alert>
      )}
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        )}
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
