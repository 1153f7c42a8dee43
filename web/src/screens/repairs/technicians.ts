/** The company's people who repair: who an order is scheduled for, or taken in by. */
import { useQuery } from "urql";
import { graphql } from "../../gql";

const PeopleDocument = graphql(`
  query RepairPeople {
    users(first: 100, orderBy: [{ field: NAME }]) { edges { node { id name role } } }
  }
`);

/** Technicians first, then everyone else who may take an article in. */
export function useTechnicianOptions(): { value: string; label: string }[] {
  const [{ data }] = useQuery({ query: PeopleDocument });
  const people = data?.users.edges.map(({ node }) => node) ?? [];
  const ordered = [...people.filter((p) => p.role === "technician"), ...people.filter((p) => p.role !== "technician")];
  return ordered.map((person) => ({ value: person.id, label: person.name }));
}
