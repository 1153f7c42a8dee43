/** The history of any record (the auditor's view): every event with who, when and what
 * changed, and the record as it was at a chosen moment, rebuilt from its events. */
import { Button, Card, Code, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { History } from "../../components/History";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";

const RecordDocument = graphql(`
  query RecordAsOf($id: ID!, $asOf: DateTime, $atLeastPosition: Int) {
    record(id: $id, asOf: $asOf, atLeastPosition: $atLeastPosition) {
      id type version asOf state
      history { type version time actorId correlationId data actor { name } }
    }
  }
`);

export default function RecordHistory() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [moment, setMoment] = useState("");
  const asOf = moment ? new Date(moment).toISOString() : null;
  const [{ data, error }] = useQuery({ query: RecordDocument, variables: { id, asOf } });
  return (
    <Stack>
      <Title order={1}>{t("history.title")}</Title>
      <Group align="end">
        <TextInput type="datetime-local" label={t("history.asOf")} value={moment} onChange={(e) => setMoment(e.currentTarget.value)} />
        <Button variant="default" onClick={() => setMoment("")}>
          {t("history.now")}
        </Button>
      </Group>
      {!data && <Loading error={error} />}
      {data && !data.record && <Text>{t("history.notYet")}</Text>}
      {data?.record && (
        <>
          <Card withBorder>
            <Title order={2} size="h4">
              {data.record.type} · {t("history.version")} {data.record.version}
            </Title>
            <Text size="sm" mt="xs">
              {t("history.state")}
            </Text>
            <Code block data-testid="record-state" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {JSON.stringify(data.record.state, null, 2)}
            </Code>
          </Card>
          <History events={data.record.history} />
        </>
      )}
    </Stack>
  );
}
