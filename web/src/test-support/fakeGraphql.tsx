/** Renders a component as the app does (theme, router) with a GraphQL client that answers every
 * query with `data`: component tests see the screen, not the network. */
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { type Client, Provider } from "urql";
import { fromValue } from "wonka";

export function renderWithData(element: ReactElement, data: object) {
  const client = { executeQuery: () => fromValue({ data }) } as unknown as Client;
  return render(
    <Provider value={client}>
      <MantineProvider>
        <MemoryRouter>{element}</MemoryRouter>
      </MantineProvider>
    </Provider>,
  );
}
