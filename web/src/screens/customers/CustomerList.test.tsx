import { screen } from "@testing-library/react";
import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { renderWithError } from "../../test-support/fakeGraphql";
import CustomerList from "./CustomerList";

describe("a screen whose query fails", () => {
  it("says what the server answered instead of loading for ever", async () => {
    const refused = new CombinedError({ graphQLErrors: [{ message: "the query costs 30000, more than 25000" }] });
    renderWithError(<CustomerList />, refused);
    expect(await screen.findByRole("alert")).toHaveTextContent("the query costs 30000, more than 25000");
    expect(screen.queryByRole("status")).toBeNull();
  });
});
