/** One opportunity's timeline [000 §11.1]: every step with who, when, the status before and
 * after, and what was said (the follow-up comment, the lost reason, the next contact day). */
import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { formatTime } from "../../components/format";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";

const OpportunityDocument = graphql(`
  query Opportunity($id: ID!, $atLeastPosition: Int) {
    opportunity(id: $id, atLeastPosition: $atLeastPosition) {
      id number subject notes status lostReason whatToImprove invoiceNumber nextContactOn
      customer { name }
      agent { name }
      timeline { version kind at statusBefore statusAfter comment nextContactOn actor { name } }
    }
  }
`);

export default function OpportunityPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data }, refresh] = useQuery({ query: OpportunityDocument, variables: { id } });
  useLiveRefresh(refresh);
  if (!data) return <Loading />;
  const opportunity = data.opportunity;
  if (!opportunity) return <Text>{t("common.none")}</Text>;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {opportunity.number} · {opportunity.subject}
        </Title>
        <Badge size="lg">{t(`opportunities.statuses.${opportunity.status}`)}</Badge>
      </Group>
      <Card withBorder>
        <Text>
          {t("opportunities.customer")}: {opportunity.customer?.name}
        </Text>
        <Text>
          {t("opportunities.agent")}: {opportunity.agent?.name ?? t("common.none")}
        </Text>
        {opportunity.nextContactOn && <Text>{t("opportunities.nextContactOn")}: {opportunity.nextContactOn}</Text>}
        {opportunity.lostReason && <Text>{t("opportunities.reason")}: {opportunity.lostReason}</Text>}
        {opportunity.whatToImprove && <Text>{t("opportunities.whatToImprove")}: {opportunity.whatToImprove}</Text>}
        {opportunity.invoiceNumber && <Text>{t("opportunities.invoiceNumber")}: {opportunity.invoiceNumber}</Text>}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4">
          {t("opportunities.timeline")}
        </Title>
        <List listStyleType="none" spacing="sm" mt="sm">
          {opportunity.timeline.map((step) => (
            <List.Item key={step.version}>
              <Text fw={600}>
                {step.statusBefore ? `${t(`opportunities.statuses.${step.statusBefore}`)} → ` : ""}
                {t(`opportunities.statuses.${step.statusAfter}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {formatTime(step.at)} · {step.actor?.name}
                {step.nextContactOn && ` · ${t("opportunities.nextContactOn")}: ${step.nextContactOn}`}
              </Text>
              {step.comment && <Text size="sm">{step.comment}</Text>}
            </List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}
