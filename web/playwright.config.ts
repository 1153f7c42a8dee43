import { defineConfig } from "@playwright/test";

// Run by tests/e2e/test_the_web_app_in_a_browser.py, which starts `cronica serve` on a fresh
// database and passes its address; Debian's Chromium, never a downloaded browser.
export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.CRONICA_WEB_ARTIFACTS ?? "test-results",
  timeout: 60_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: process.env.CRONICA_WEB_URL ?? "http://127.0.0.1:8000",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CRONICA_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
