import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";

/** Renders a component inside the app's theme, as main.tsx does. */
export function renderWithTheme(element: ReactElement) {
  return render(<MantineProvider>{element}</MantineProvider>);
}
