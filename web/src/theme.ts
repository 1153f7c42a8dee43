import { createTheme, type CSSVariablesResolver } from "@mantine/core";

// Mantine's defaults fall below 4.5:1 for small text on white (axe's colour-contrast rule): a
// darker primary shade, and dimmed text in gray 7 instead of gray 6.
export const theme = createTheme({ primaryColor: "indigo", primaryShade: 8, autoContrast: true });

export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)" },
  dark: {},
});
