/** The GraphQL client of the read API: urql, same-origin cookies, and every query held until the
 * read models have reached this tab's last write (`atLeastPosition`, a variable of each query). */
import { Client, cacheExchange, fetchExchange, mapExchange } from "urql";
import { writtenPosition } from "./commands";

export function makeClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: "/graphql",
    fetchOptions: () => ({ credentials: "same-origin" }),
    requestPolicy: "cache-and-network",
    exchanges: [
      cacheExchange,
      mapExchange({
        onOperation(operation) {
          const position = writtenPosition();
          if (operation.kind !== "query" || !position) return operation;
          return { ...operation, variables: { ...operation.variables, atLeastPosition: position } };
        },
        onError(error) {
          if (error.response?.status === 401) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}
