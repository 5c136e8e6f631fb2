import { useQuery } from "@apollo/client/react";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useSearchParams } from "react-router";
import { toApiLocale } from "../app/languages";
import { usePageTitle } from "../app/usePageTitle";
import { Loaded } from "../components/Loaded";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { authorName } from "../features/moderation/author";
import { oneOf, STORY_STATUSES } from "../features/moderation/statuses";
import { CursorPager } from "../features/paging/CursorPager";
import { useCursorPages } from "../features/paging/useCursorPages";
import { graphql } from "../gql";

export const supportStoriesQuery = graphql(`
  query SupportStories($filter: StoryFilter, $after: String, $locale: Locale!) {
    stories(first: 25, after: $after, filter: $filter) {
      edges {
        node {
          id
          title
          status
          language
          areas
          createdAt
          author {
            kind
            credit
            partner {
              id
              name
            }
          }
          member {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    challengeAreas {
      code
      name(locale: $locale)
    }
  }
`);

export function StoryModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t("storyModeration.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("storyModeration.title")}
        </Typography>
        <Typography color="text.secondary">{t("storyModeration.intro")}</Typography>
      </div>
      <RoleGate roles={SUPPORT}>{() => <StoryList />}</RoleGate>
    </Stack>
  );
}

/** The moderation queue first (SUBMITTED); the status lives in the URL so the list can be linked to. */
function StoryList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = raw === "ALL" ? null : (oneOf(STORY_STATUSES, raw) ?? "SUBMITTED");
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(supportStoriesQuery, {
    variables: { filter: status ? { status } : {}, after: pages.after, locale: toApiLocale(i18n.resolvedLanguage) },
    fetchPolicy: "cache-and-network",
  });
  const areaName = (code: string) => data?.challengeAreas.find((a) => a.code === code)?.name ?? code;

  return (
    <Stack spacing={2}>
      <TextField
        select
        label={t("storyModeration.status")}
        value={status ?? "ALL"}
        onChange={(event) => {
          setParams({ status: event.target.value }, { replace: true });
          pages.reset();
        }}
        sx={{ maxWidth: 240 }}
      >
        {STORY_STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`moderation.storyStatus.${s}`)}
          </MenuItem>
        ))}
        <MenuItem value="ALL">{t("storyModeration.anyStatus")}</MenuItem>
      </TextField>
      <Loaded result={{ loading, error, data }} failed={t("storyModeration.loadFailed")} onRetry={() => refetch().catch(() => undefined)}>
        {(data) =>
          data.stories.edges.length === 0 ? (
            <Typography role="status">{t("storyModeration.empty")}</Typography>
          ) : (
            <>
              <TableContainer component={Paper} variant="outlined">
                <Table size="small" aria-label={t("storyModeration.title")}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t("storyModeration.storyTitle")}</TableCell>
                      <TableCell>{t("storyModeration.author")}</TableCell>
                      <TableCell>{t("storyModeration.areas")}</TableCell>
                      <TableCell>{t("storyModeration.status")}</TableCell>
                      <TableCell>{t("storyModeration.submitted")}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.stories.edges.map(({ node }) => (
                      <TableRow key={node.id}>
                        <TableCell>
                          <Link component={RouterLink} to={`/moderation/stories/${node.id}`} lang={node.language.toLowerCase()}>
                            {node.title}
                          </Link>
                        </TableCell>
                        <TableCell>{authorName(node.author, node.member, t)}</TableCell>
                        <TableCell>{node.areas.map(areaName).join(", ")}</TableCell>
                        <TableCell>{t(`moderation.storyStatus.${node.status}`)}</TableCell>
                        <TableCell>{new Date(node.createdAt).toLocaleDateString(i18n.language)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <CursorPager pages={pages} pageInfo={data.stories.pageInfo} label={t("storyModeration.title")} />
            </>
          )
        }
      </Loaded>
    </Stack>
  );
}
