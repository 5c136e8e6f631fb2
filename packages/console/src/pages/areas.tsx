import { useQuery } from "@apollo/client/react";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { toApiLocale } from "../app/languages";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { AreaList } from "../features/areas/components/AreaList";
import { AreaListSkeleton } from "../features/areas/components/AreaListSkeleton";
import { graphql } from "../gql";

// The locale follows the UI language: switching language asks the server for the names in that language.
export const challengeAreasQuery = graphql(`
  query ChallengeAreas($locale: Locale!) {
    challengeAreas {
      code
      position
      name(locale: $locale)
      description(locale: $locale)
    }
  }
`);

export function AreasPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("areas.title"));
  const { data, loading, error, refetch } = useQuery(challengeAreasQuery, {
    variables: { locale: toApiLocale(i18n.resolvedLanguage) },
  });

  let content: ReactNode;
  if (loading && !data) {
    content = <AreaListSkeleton />;
  } else if (error) {
    content = (
      <LoadError
        title={t("areas.loadFailed")}
        error={error}
        // The outcome of the retry is rendered from the query state; the promise's rejection carries nothing new.
        onRetry={() => refetch().catch(() => undefined)}
      />
    );
  } else {
    content = <AreaList areas={data?.challengeAreas ?? []} />;
  }

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("areas.title")}
        </Typography>
        <Typography color="text.secondary">{t("areas.intro")}</Typography>
      </div>
      {content}
    </Stack>
  );
}
