import { AppShell, Burger, Button, Group, NavLink, SegmentedControl, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink as RouterLink, useLocation } from "react-router";
import { useSession } from "../auth/session";
import { chooseLanguage, LANGUAGES } from "../i18n";

interface Section {
  path: string;
  key: string;
  /** Only these roles see it (others would be refused what it shows). */
  roles?: readonly string[];
}

const SECTIONS: readonly Section[] = [
  { path: "/", key: "nav.dashboard" },
  { path: "/agenda", key: "nav.agenda" },
  { path: "/incidents", key: "nav.incidents" },
  { path: "/tasks", key: "nav.tasks" },
  { path: "/opportunities", key: "nav.opportunities" },
  { path: "/customers", key: "nav.customers" },
  { path: "/repair-orders", key: "nav.repairs" },
  { path: "/planning", key: "nav.planning" },
  { path: "/messages", key: "nav.messages" },
  { path: "/notices", key: "nav.notices" },
  { path: "/timesheets", key: "nav.timesheets" },
  { path: "/activity", key: "nav.activity", roles: ["manager", "admin", "auditor"] },
  { path: "/admin", key: "nav.admin", roles: ["admin"] },
];

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={700}>{t("app.name")}</Text>
          </Group>
          <Group wrap="nowrap" gap="xs">
            <Text size="sm" visibleFrom="sm">
              {me.name}
            </Text>
            <SegmentedControl
              size="xs"
              aria-label={t("app.language")}
              value={i18n.language}
              onChange={(value) => chooseLanguage(value as (typeof LANGUAGES)[number])}
              data={LANGUAGES.map((code) => ({ value: code, label: code.toUpperCase() }))}
            />
            <Button size="xs" variant="default" onClick={() => void signOut()}>
              {t("app.signOut")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Cronica">
        {SECTIONS.filter((section) => !section.roles || section.roles.includes(me.role)).map((section) => (
          <NavLink
            key={section.path}
            component={RouterLink}
            to={section.path}
            label={t(section.key)}
            active={section.path === "/" ? location.pathname === "/" : location.pathname.startsWith(section.path)}
            variant="filled"
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
