/** Finding a customer by name, number or tax id as one types, and the contacts of the one
 * chosen: what opening an incident, an opportunity or a task starts with. */
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { graphql } from "../gql";

const CustomerSearchDocument = graphql(`
  query CustomerSearch($text: String!) {
    customers(first: 10, filter: { or: [{ name: { contains: $text } }, { number: { contains: $text } }, { taxId: { contains: $text } }] }) {
      edges { node { id number name } }
    }
  }
`);

const CustomerContactsDocument = graphql(`
  query CustomerContacts($id: ID!) {
    customer(id: $id) { id contacts { id name phone email } }
  }
`);

interface CustomerPickerProps {
  value: string | null;
  onChange: (customerId: string | null) => void;
}

export function CustomerPicker({ value, onChange }: CustomerPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 250);
  const [{ data }] = useQuery({ query: CustomerSearchDocument, variables: { text: search }, pause: !search });
  const options = (data?.customers.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name} (${node.number})` }));
  return (
    <Select
      label={t("common.customer")}
      placeholder={t("common.customerSearch")}
      required
      searchable
      filter={({ options: all }) => all}
      searchValue={text}
      onSearchChange={setText}
      data={options}
      value={value}
      onChange={onChange}
      nothingFoundMessage={search ? t("common.none") : undefined}
    />
  );
}

/** The chosen customer's contacts, as options of a select ("name · phone"). */
export function useContactOptions(customerId: string | null): { value: string; label: string }[] {
  const [{ data }] = useQuery({
    query: CustomerContactsDocument,
    variables: { id: customerId ?? "" },
    pause: !customerId,
  });
  return (data?.customer?.contacts ?? []).map((contact) => ({
    value: contact.id,
    label: [contact.name, contact.phone ?? contact.email].filter(Boolean).join(" · "),
  }));
}
