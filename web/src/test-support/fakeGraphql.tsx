/** Renders a component as the app does (theme, router) with a GraphQL client that answers every
 * query alike (with `data`, or with an error): component tests see the screen, not the network. */
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { type Client, type CombinedError, Provider } from "urql";
import { concat, fromValue, never } from "wonka";

export function renderWithData(element: ReactElement, data: object) {
  return renderAnswered(element, { data });
}

export function renderWithError(element: ReactElement, error: CombinedError) {
  return renderAnswered(element, { error });
}

function renderAnswered(element: ReactElement, answer: object) {
  // A query's source stays open as the real client's does: one that ended would be taken as
  // done, and urql then forgets an error it answered.
  const executeQuery = () => concat([fromValue(answer), never]);
  const client = { executeQuery } as unknown as Client;
  return render(
    <Provider value={client}>
      <MantineProvider>
        <MemoryRouter>{element}</MemoryRouter>
      </MantineProvider>
    </Provider>,
  );
}
