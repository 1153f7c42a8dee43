/** Administration, for administrators: users, the business-unit tree, catalogues and the
 * company's settings (time zone, locale). */
import { Alert, Stack, Tabs, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useLiveRefresh } from "../../api/live";
import { useSession } from "../../auth/session";
import { CommandForm } from "../../components/CommandForm";
import { Loading } from "../../components/Loading";
import { graphql } from "../../gql";
import { CataloguesAdmin } from "./CataloguesAdmin";
import { treeOrder } from "./unitTree";
import { UnitTree } from "./UnitTree";
import { UsersAdmin } from "./UsersAdmin";

const AdminDocument = graphql(`
  query Admin($atLeastPosition: Int) {
    users(first: 100, orderBy: [{ field: NAME }], atLeastPosition: $atLeastPosition) {
      edges { node { id name role enabled unitId unit { name } } }
    }
    businessUnits(first: 100) { edges { node { id name parentId } } }
    me { company { timeZone locale } }
  }
`);

export default function AdminPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data, error }, refresh] = useQuery({ query: AdminDocument, pause: me.role !== "admin" });
  useLiveRefresh(refresh);
  if (me.role !== "admin") return <Text>{t("common.none")}</Text>;
  if (!data) return <Loading error={error} />;
  const users = data.users.edges.map(({ node }) => node);
  const units = data.businessUnits.edges.map(({ node }) => ({
    ...node,
    memberCount: users.filter((user) => user.unitId === node.id).length,
  }));
  const unitOptions = treeOrder(units).map((unit) => ({ value: unit.id, label: `${"· ".repeat(unit.depth)}${unit.name}` }));
  const changed = () => {
    setProblem(null);
    refresh({ requestPolicy: "network-only" });
  };
  return (
    <Stack>
      <Title order={1}>{t("admin.title")}</Title>
      {problem && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      <Tabs defaultValue="users" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users">{t("admin.users")}</Tabs.Tab>
          <Tabs.Tab value="units">{t("admin.units")}</Tabs.Tab>
          <Tabs.Tab value="catalogues">{t("admin.catalogues")}</Tabs.Tab>
          <Tabs.Tab value="company">{t("admin.company")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="sm">
          <UsersAdmin users={users} units={unitOptions} onChanged={changed} onProblem={setProblem} />
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="sm">
          <UnitTree units={units} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="catalogues" pt="sm">
          <CataloguesAdmin onProblem={setProblem} />
        </Tabs.Panel>
        <Tabs.Panel value="company" pt="sm" maw={420}>
          <CommandForm
            path="/v1/company/settings"
            fields={[
              { name: "timeZone", label: t("admin.timeZone"), kind: "text", initial: data.me.company.timeZone },
              { name: "locale", label: t("admin.locale"), kind: "text", initial: data.me.company.locale },
            ]}
            submitLabel={t("common.save")}
            onDone={changed}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
