/** The customer view [003, 004]: who to talk to and where, how the company values them, when to
 * visit, and their latest incidents, repair orders, opportunities and activities; a prospect is
 * converted to a customer here. */
import { Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { command } from "../../api/commands";
import { useLiveRefresh } from "../../api/live";
import { Loading } from "../../components/Loading";
import { CustomerEdits } from "./CustomerEdits";
import { graphql } from "../../gql";

const CustomerDocument = graphql(`
  query Customer($id: ID!, $atLeastPosition: Int) {
    customer(id: $id, atLeastPosition: $atLeastPosition) {
      id number kind name legalName taxId active blocked version notes
      contacts { id name position phone email }
      addresses { id kind label street city postalCode province country }
      valuations { id kind score note }
      visitPlan { weekdays windowStarts windowEnds frequency }
      incidents(first: 5) { edges { node { id number subject status } } }
      repairOrders(first: 5) { edges { node { id number status } } }
      opportunities(first: 5) { edges { node { id number subject status } } }
      latestActivities(first: 5) { edges { node { id number description status } } }
    }
  }
`);

export default function CustomerPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error }, refresh] = useQuery({ query: CustomerDocument, variables: { id } });
  useLiveRefresh(refresh);
  if (!data) return <Loading error={error} />;
  const customer = data.customer;
  if (!customer) return <Text>{t("common.none")}</Text>;
  const convert = async () => {
    await command(`/v1/customers/${customer.id}/convert`, {}, { ifMatch: customer.version });
    refresh({ requestPolicy: "network-only" });
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {customer.number} · {customer.name}
        </Title>
        <Group>
          <Badge size="lg" data-testid="customer-kind">
            {t(`customers.kinds.${customer.kind}`)}
          </Badge>
          {customer.blocked && <Badge color="red">{t("customers.blocked")}</Badge>}
          {!customer.active && <Badge color="gray">{t("customers.inactive")}</Badge>}
          <CustomerEdits customer={customer} onDone={() => refresh({ requestPolicy: "network-only" })} />
          {customer.kind === "prospect" && <Button onClick={() => void convert()}>{t("customers.convert")}</Button>}
        </Group>
      </Group>
      <Text c="dimmed">
        {[customer.legalName, customer.taxId].filter(Boolean).join(" · ")}
      </Text>
      {customer.notes && <Text style={{ whiteSpace: "pre-wrap" }}>{customer.notes}</Text>}
      <Grid>
        <Section title={t("customers.contacts")}>
          {customer.contacts.map((contact) => (
            <List.Item key={contact.id}>
              {contact.name} {contact.position && `(${contact.position})`} {contact.phone} {contact.email}
            </List.Item>
          ))}
        </Section>
        <Section title={t("customers.addresses")}>
          {customer.addresses.map((address) => (
            <List.Item key={address.id}>
              {address.label ?? t(`customers.addressKinds.${address.kind.toLowerCase()}`)}: {address.street}, {address.postalCode} {address.city} ({address.province ?? address.country})
            </List.Item>
          ))}
        </Section>
        <Section title={t("customers.valuations")}>
          {customer.valuations.map((valuation) => (
            <List.Item key={valuation.id}>
              {t(`customers.valuationKinds.${valuation.kind.toLowerCase()}`)}: {valuation.score} {valuation.note}
            </List.Item>
          ))}
        </Section>
        <Section title={t("customers.visitPlan")}>
          {customer.visitPlan && (
            <List.Item>
              {customer.visitPlan.weekdays.map((day) => t(`customers.days.${day.toLowerCase()}`)).join(", ")} ·{" "}
              {customer.visitPlan.windowStarts}–{customer.visitPlan.windowEnds} ·{" "}
              {t(`customers.frequencies.${customer.visitPlan.frequency.toLowerCase()}`)}
            </List.Item>
          )}
        </Section>
        <Section title={t("customers.incidents")}>
          {customer.incidents.edges.map(({ node }) => (
            <List.Item key={node.id}>
              <Link to={`/incidents/${node.id}`}>{node.number}</Link> {node.subject} · {node.status}
            </List.Item>
          ))}
        </Section>
        <Section title={t("customers.repairOrders")}>
          {customer.repairOrders.edges.map(({ node }) => (
            <List.Item key={node.id}>
              {node.number} · {node.status}
            </List.Item>
          ))}
        </Section>
        <Section title={t("customers.opportunities")}>
          {customer.opportunities.edges.map(({ node }) => (
            <List.Item key={node.id}>
              <Link to={`/opportunities/${node.id}`}>{node.number}</Link> {node.subject} · {node.status}
            </List.Item>
          ))}
        </Section>
        <Section title={t("customers.activities")}>
          {customer.latestActivities.edges.map(({ node }) => (
            <List.Item key={node.id}>
              <Link to={`/tasks/${node.id}`}>{node.number}</Link> {node.description} · {node.status}
            </List.Item>
          ))}
        </Section>
      </Grid>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Grid.Col span={{ base: 12, md: 6 }}>
      <Card withBorder h="100%">
        <Title order={2} size="h4">
          {title}
        </Title>
        <List listStyleType="none" spacing={4} mt="xs" size="sm">
          {children}
        </List>
      </Card>
    </Grid.Col>
  );
}
