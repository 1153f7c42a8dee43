import { Alert, Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";

/** What went wrong with a query, as the server said it (its first GraphQL error) or else the
 * network's error. */
export function problemText(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? error.message;
}

/** A query's place on a screen until it answers: a spinner, or what went wrong once it failed
 * (without `error`, a refused or failed query would spin for ever). */
export function Loading({ error }: { error?: CombinedError }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" role="alert" title={t("common.loadFailed")}>
        {problemText(error)}
      </Alert>
    );
  }
  return (
    <Center h={200}>
      <Loader role="status" aria-label={t("common.loading")} />
    </Center>
  );
}
