/** One message [000 §11.7]: who sent it to whom and when each read it, its body and files, the
 * record it is about. Opening a message one received is reading it: the receipt is sent then. */
import { Anchor, Badge, Button, Card, Group, List, Modal, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useQuery } from "urql";
import { command } from "../../api/commands";
import { useLiveRefresh } from "../../api/live";
import { useSession } from "../../auth/session";
import { formatTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { relatedPath } from "../../components/relatedPath";
import { graphql } from "../../gql";
import { ComposeMessage } from "./ComposeMessage";

const MessageDocument = graphql(`
  query Message($id: ID!, $atLeastPosition: Int) {
    message(id: $id, atLeastPosition: $atLeastPosition) {
      id subject body sentAt reminder relatedType relatedId version senderId
      sender { name }
      recipients { userId readAt user { name } }
      attachments { name size url }
    }
  }
`);

export default function MessagePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const [{ data, error }, refresh] = useQuery({ query: MessageDocument, variables: { id } });
  const [replying, { open, close }] = useDisclosure();
  useLiveRefresh(refresh);
  const message = data?.message;
  const mine = message?.recipients.find((recipient) => recipient.userId === me.id);
  const unread = Boolean(mine && !mine.readAt);
  useEffect(() => {
    if (unread) void command(`/v1/messages/${id}/read`).then(() => refresh({ requestPolicy: "network-only" }));
  }, [unread, id, refresh]);
  if (!data) return <Loading error={error} />;
  if (!message) return <Text>{t("common.none")}</Text>;
  const act = async (verb: "archive" | "clear-reminder") => {
    await command(`/v1/messages/${message.id}/${verb}`);
    if (verb === "archive") navigate("/messages");
    else refresh({ requestPolicy: "network-only" });
  };
  const related = message.relatedType && message.relatedId ? relatedPath(message.relatedType, message.relatedId) : null;
  return (
    <Stack>
      <Title order={1}>{message.subject}</Title>
      <Group>
        {mine && <Button onClick={open}>{t("messages.reply")}</Button>}
        {mine && (
          <Button variant="default" onClick={() => void act("archive")}>
            {t("messages.archive")}
          </Button>
        )}
        {message.reminder && (
          <Button variant="default" onClick={() => void act("clear-reminder")}>
            {t("messages.clearReminder")}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <Text>
          {t("messages.from")}: {message.sender?.name ?? "Cronica"} · {formatTime(message.sentAt)}
        </Text>
        {related && (
          <Text>
            {t("messages.relatedTo")}: <Link to={related}>{message.relatedType}</Link>
          </Text>
        )}
        <Text mt="sm" style={{ whiteSpace: "pre-wrap" }}>
          {message.body}
        </Text>
        {message.attachments.length > 0 && (
          <List mt="sm" size="sm">
            {message.attachments.map((file) => (
              <List.Item key={file.url}>
                <Anchor href={file.url} download={file.name}>
                  {file.name}
                </Anchor>{" "}
                ({Math.ceil(file.size / 1024)} KB)
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4">
          {t("messages.readBy")}
        </Title>
        <List listStyleType="none" mt="xs" size="sm" data-testid="read-receipts">
          {message.recipients.map((recipient) => (
            <List.Item key={recipient.userId}>
              {recipient.user?.name}:{" "}
              {recipient.readAt ? t("messages.readAt", { time: formatTime(recipient.readAt) }) : <Badge size="sm">{t("messages.unread")}</Badge>}
            </List.Item>
          ))}
        </List>
      </Card>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={replying} onClose={close} title={t("messages.reply")} size="lg">
        {replying && (
          <ComposeMessage
            draft={{ recipientIds: message.senderId ? [message.senderId] : [], subject: `Re: ${message.subject}` }}
            onCancel={close}
            onSent={(written) => {
              close();
              navigate(`/messages/${written.id}`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
