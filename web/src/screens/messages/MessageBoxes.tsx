/** The inbox and sent box [000 §11.7]: messages received (unread first, then the newest),
 * those archived, and those sent with how many have read each; a new message from here. */
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { formatTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import { ComposeMessage } from "./ComposeMessage";

const BoxesDocument = graphql(`
  query MessageBoxes($archived: Boolean!, $atLeastPosition: Int) {
    inbox(first: 50, archived: $archived, atLeastPosition: $atLeastPosition) {
      totalCount
      edges { node { id subject bodyPreview unread sentAt attachmentCount reminder sender { name } } }
    }
    sentMessages(first: 50) {
      totalCount
      edges { node { id subject bodyPreview sentAt attachmentCount recipients { readAt user { name } } } }
    }
  }
`);

type Box = "inbox" | "archived" | "sent";

export default function MessageBoxes() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [box, setBox] = useState<Box>("inbox");
  const [composing, { open, close }] = useDisclosure();
  const [{ data, error }, refresh] = useQuery({ query: BoxesDocument, variables: { archived: box === "archived" } });
  useLiveRefresh(refresh);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("messages.title")}</Title>
        <Button onClick={open}>{t("messages.compose")}</Button>
      </Group>
      <Tabs value={box} onChange={(value) => setBox((value as Box) ?? "inbox")}>
        <Tabs.List>
          <Tabs.Tab value="inbox">{t("messages.inbox")}</Tabs.Tab>
          <Tabs.Tab value="archived">{t("messages.archived")}</Tabs.Tab>
          <Tabs.Tab value="sent">{t("messages.sent")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {!data ? (
        <Loading error={error} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("messages.subject")}</Table.Th>
                <Table.Th>{box === "sent" ? t("messages.to") : t("messages.from")}</Table.Th>
                <Table.Th>{t("messages.sentAt")}</Table.Th>
                <Table.Th>{box === "sent" ? t("messages.readBy") : ""}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {box === "sent"
                ? data.sentMessages.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/messages/${node.id}`}>
                          {node.subject}
                        </Anchor>
                        {node.attachmentCount > 0 && ` 📎${node.attachmentCount}`}
                      </Table.Td>
                      <Table.Td>{node.recipients.map((r) => r.user?.name).join(", ")}</Table.Td>
                      <Table.Td>{formatTime(node.sentAt)}</Table.Td>
                      <Table.Td data-testid={`read-${node.id}`}>
                        {node.recipients.filter((r) => r.readAt).length}/{node.recipients.length}
                      </Table.Td>
                    </Table.Tr>
                  ))
                : data.inbox.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/messages/${node.id}`} fw={node.unread ? 700 : 400}>
                          {node.subject}
                        </Anchor>
                        {node.attachmentCount > 0 && ` 📎${node.attachmentCount}`}
                        <Text size="xs" c="dimmed">
                          {node.bodyPreview}
                        </Text>
                      </Table.Td>
                      <Table.Td>{node.sender?.name ?? "Cronica"}</Table.Td>
                      <Table.Td>{formatTime(node.sentAt)}</Table.Td>
                      <Table.Td>{node.unread && <Badge size="sm">{t("messages.unread")}</Badge>}</Table.Td>
                    </Table.Tr>
                  ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={composing} onClose={close} title={t("messages.compose")} size="lg">
        {composing && (
          <ComposeMessage
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
