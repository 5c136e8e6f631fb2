import { useMutation, useQuery } from "@apollo/client/react";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useParams } from "react-router";
import { toApiLocale } from "../app/languages";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { authorName } from "../features/moderation/author";
import { ModerationActions } from "../features/moderation/components/ModerationActions";
import { StoryBody } from "../features/moderation/components/StoryBody";
import { graphql } from "../gql";

export const supportStoryQuery = graphql(`
  query SupportStory($id: ID!, $locale: Locale!) {
    story(id: $id) {
      id
      version
      title
      body
      language
      areas
      mediaLinks
      status
      rejectionReason
      moderatedAt
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
    challengeAreas {
      code
      name(locale: $locale)
    }
  }
`);

export const publishStoryMutation = graphql(`
  mutation PublishStory($id: ID!, $version: Int!) {
    publishStory(id: $id, version: $version) {
      id
      version
      status
      rejectionReason
      moderatedAt
    }
  }
`);

export const rejectStoryMutation = graphql(`
  mutation RejectStory($id: ID!, $version: Int!, $reason: String!) {
    rejectStory(id: $id, version: $version, reason: $reason) {
      id
      version
      status
      rejectionReason
      moderatedAt
    }
  }
`);

// The lists by status change with every decision.
const REFETCH = { refetchQueries: ["SupportStories"] };

export function StoryReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t("storyReview.title"));
  return <RoleGate roles={SUPPORT}>{() => <StoryModeration />}</RoleGate>;
}

function StoryModeration() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(supportStoryQuery, { variables: { id, locale: toApiLocale(i18n.resolvedLanguage) } });
  const [publish] = useMutation(publishStoryMutation, REFETCH);
  const [reject] = useMutation(rejectStoryMutation, REFETCH);
  const reload = () => refetch().catch(() => undefined);
  if (loading && !data) return <RouteFallback />;
  if (error || !data) return <LoadError title={t("storyReview.loadFailed")} error={error ?? new Error("no data")} onRetry={reload} />;
  const story = data.story;
  if (!story) return <Typography>{t("storyReview.notFound")}</Typography>;
  const areaName = (code: string) => data.challengeAreas.find((a) => a.code === code)?.name ?? code;
  const key = { id: story.id, version: story.version };

  return (
    <Stack spacing={3}>
      <div>
        <Link component={RouterLink} to="/moderation/stories">
          {t("storyReview.back")}
        </Link>
        <Typography variant="overline" component="p">
          {t("storyReview.title")}
        </Typography>
        <Typography variant="h4" component="h1" lang={story.language.toLowerCase()}>
          {story.title}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: "center" }}>
          <Chip size="small" variant="outlined" label={t(`moderation.storyStatus.${story.status}`)} />
          <Link component={RouterLink} to={`/audit-log?log=recognition&entity=${story.id}`}>
            {t("storyReview.auditTrail")}
          </Link>
        </Stack>
      </div>
      {story.status === "REJECTED" && story.rejectionReason && (
        <Typography role="status">{t("storyReview.rejectedBecause", { reason: story.rejectionReason })}</Typography>
      )}
      {story.status === "PUBLISHED" && <Typography role="status">{t("storyReview.isPublic")}</Typography>}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Table size="small" aria-label={t("storyReview.details")}>
          <TableBody>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("storyModeration.author")}
              </TableCell>
              <TableCell>
                {authorName(story.author, story.member, t)} ({t(`moderation.authorKind.${story.author.kind}`)})
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("storyReview.member")}
              </TableCell>
              <TableCell>{story.member?.name ?? t("storyReview.noMember")}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("storyModeration.areas")}
              </TableCell>
              <TableCell>{story.areas.map(areaName).join(", ")}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("storyReview.language")}
              </TableCell>
              <TableCell>{t(`locale.${story.language}`)}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("storyModeration.submitted")}
              </TableCell>
              <TableCell>{new Date(story.createdAt).toLocaleString(i18n.language)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }} component="article" lang={story.language.toLowerCase()} aria-label={t("storyReview.body")}>
        <StoryBody html={story.body} />
        {story.mediaLinks.length > 0 && (
          <List aria-label={t("storyReview.media")}>
            {story.mediaLinks.map((href) => (
              <ListItem key={href} disableGutters>
                <Link href={href} rel="nofollow ugc noopener noreferrer" target="_blank">
                  {href}
                </Link>
              </ListItem>
            ))}
          </List>
        )}
      </Paper>
      <ModerationActions
        onReload={reload}
        {...(story.status !== "PUBLISHED" ? { approve: { label: t("storyReview.publish"), run: () => publish({ variables: key }) } } : {})}
        {...(story.status !== "REJECTED"
          ? {
              reject: {
                label: story.status === "PUBLISHED" ? t("storyReview.takeDown") : t("storyReview.reject"),
                reasonLabel: t("storyReview.reason"),
                run: (reason: string) => reject({ variables: { ...key, reason } }),
              },
            }
          : {})}
      />
    </Stack>
  );
}
