/** Writing an internal message [000 §11.7]: to one or more people, with a subject, a body,
 * a reminder if it is to be followed, and files attached (uploaded first, then named by their
 * digest). A refusal shows next to the field at fault and keeps everything typed and chosen. */
import { Checkbox, FileInput, MultiSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { command, upload, type Written } from "../../api/commands";
import { ProblemError } from "../../api/problems";
import { graphql } from "../../gql";
import { FormFooter } from "../../components/FormFooter";

const RecipientsDocument = graphql(`
  query Recipients {
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name } } }
  }
`);

export interface Draft {
  recipientIds?: string[];
  subject?: string;
  relatedRecord?: { type: string; id: string };
}

interface ComposeMessageProps {
  draft?: Draft;
  onSent: (written: Written) => void;
  onCancel: () => void;
}

export function ComposeMessage({ draft = {}, onSent, onCancel }: ComposeMessageProps) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: RecipientsDocument });
  const [recipientIds, setRecipientIds] = useState<string[]>(draft.recipientIds ?? []);
  const [subject, setSubject] = useState(draft.subject ?? "");
  const [body, setBody] = useState("");
  const [reminder, setReminder] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const attachments = await Promise.all(files.map(upload));
      const message = { recipientIds, subject, body, reminder, attachments, ...(draft.relatedRecord ? { relatedRecord: draft.relatedRecord } : {}) };
      onSent(await command("/v1/messages", message));
      setProblem(null);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const named = ["recipientIds", "subject", "body"].some((field) => problem?.forField(field));
  return (
    <Stack component="form" onSubmit={send} gap="sm">
      <MultiSelect
        label={t("messages.to")}
        required
        searchable
        data={(data?.users.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
        value={recipientIds}
        onChange={setRecipientIds}
        error={problem?.forField("recipientIds")}
      />
      <TextInput label={t("messages.subject")} required value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={problem?.forField("subject")} />
      <Textarea label={t("messages.body")} required autosize minRows={4} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={problem?.forField("body")} />
      <Checkbox label={t("messages.reminder")} checked={reminder} onChange={(e) => setReminder(e.currentTarget.checked)} />
      <FileInput label={t("messages.attachments")} multiple clearable value={files} onChange={setFiles} />
      <FormFooter problem={problem} named={named} busy={busy} submitLabel={t("messages.send")} onCancel={onCancel} />
    </Stack>
  );
}
