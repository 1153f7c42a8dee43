/** Notices [000 §11.6]: calls taken for someone (a customer's, a supplier's), open ones first
 * by default, the more important first; logging a new one. */
import { Badge, Button, Group, Modal, SegmentedControl, Stack, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { formatTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { RecordTable } from "../../components/RecordTable";
import { graphql } from "../../gql";
import type { NoticeStatus } from "../../gql/graphql";
import { LogNotice } from "./LogNotice";

const NoticesDocument = graphql(`
  query Notices($filter: NoticeFilter, $atLeastPosition: Int) {
    notices(first: 50, filter: $filter, orderBy: [{ field: TAKEN_AT, direction: DESC }], atLeastPosition: $atLeastPosition) {
      totalCount
      edges { node { id number code text importance status takenAt caller { name customer { name } } recipient { name } } }
    }
  }
`);

export default function NoticeList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<NoticeStatus | "ALL">("OPEN");
  const [logging, { open, close }] = useDisclosure();
  const filter = status === "ALL" ? {} : { status: { eq: status } };
  const [{ data, error }, refresh] = useQuery({ query: NoticesDocument, variables: { filter } });
  useLiveRefresh(refresh);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("notices.title")}</Title>
        <Button onClick={open}>{t("notices.log")}</Button>
      </Group>
      <SegmentedControl
        aria-label={t("incidents.status")}
        value={status}
        onChange={(value) => setStatus(value as NoticeStatus | "ALL")}
        data={[
          { value: "OPEN", label: t("notices.status.OPEN") },
          { value: "RESOLVED", label: t("notices.status.RESOLVED") },
          { value: "ALL", label: t("common.all") },
        ]}
        w="fit-content"
      />
      {!data ? (
        <Loading error={error} />
      ) : (
        <RecordTable
          headers={[t("notices.number"), t("notices.text"), t("notices.caller"), t("notices.recipient"), t("notices.importance"), t("notices.takenAt")]}
          rows={data.notices.edges.map(({ node }) => ({
            id: node.id,
            path: `/notices/${node.id}`,
            number: node.number,
            cells: [
              node.text,
              node.caller.customer?.name ?? node.caller.name,
              node.recipient?.name,
              <Badge variant="light" color={node.importance >= 4 ? "red" : "gray"}>
                {node.importance}
              </Badge>,
              formatTime(node.takenAt),
            ],
          }))}
        />
      )}
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={logging} onClose={close} title={t("notices.log")} size="lg">
        {logging && (
          <LogNotice
            onCancel={close}
            onDone={(id) => {
              close();
              navigate(`/notices/${id}`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
