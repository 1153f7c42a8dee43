/** A record's e-mails (with their delivery state) and internal messages, newest first, and a
 * message about the record written from here [000 §11.6-11.7]. */
import { Anchor, Badge, Button, Card, Group, List, Modal, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { graphql } from "../gql";
import type { RecordEmailFragment, RecordMessageFragment } from "../gql/graphql";
import { ComposeMessage } from "../screens/messages/ComposeMessage";
import { formatTime } from "./format";

graphql(`
  fragment RecordEmail on Email { id subject status to queuedAt lastError }
`);
graphql(`
  fragment RecordMessage on Message { id subject sentAt sender { name } }
`);

interface RecordCommunicationsProps {
  emails: RecordEmailFragment[];
  messages: RecordMessageFragment[];
  related: { type: string; id: string };
  onSent: () => void;
}

export function RecordCommunications({ emails, messages, related, onSent }: RecordCommunicationsProps) {
  const { t } = useTranslation();
  const [composing, { open, close }] = useDisclosure();
  return (
    <Card withBorder mt="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t("messages.title")}
        </Title>
        <Button size="xs" variant="default" onClick={open}>
          {t("messages.compose")}
        </Button>
      </Group>
      <List listStyleType="none" spacing={4} mt="xs" size="sm">
        {messages.map((message) => (
          <List.Item key={message.id}>
            <Anchor component={Link} to={`/messages/${message.id}`}>
              {message.subject}
            </Anchor>{" "}
            <Text span size="xs" c="dimmed">
              {message.sender?.name} · {formatTime(message.sentAt)}
            </Text>
          </List.Item>
        ))}
      </List>
      {emails.length > 0 && (
        <>
          <Title order={3} size="h5" mt="sm">
            {t("messages.emails")}
          </Title>
          <List listStyleType="none" spacing={4} mt="xs" size="sm">
            {emails.map((email) => (
              <List.Item key={email.id}>
                {email.subject} → {email.to.join(", ")}{" "}
                <Badge size="xs" color={email.status === "FAILED" ? "red" : email.status === "SENT" ? "teal.9" : "gray"} title={email.lastError ?? undefined}>
                  {t(`messages.emailStatus.${email.status}`)}
                </Badge>{" "}
                <Text span size="xs" c="dimmed">
                  {formatTime(email.queuedAt)}
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={composing} onClose={close} title={t("messages.compose")} size="lg">
        {composing && (
          <ComposeMessage
            draft={{ relatedRecord: related }}
            onCancel={close}
            onSent={() => {
              close();
              onSent();
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
