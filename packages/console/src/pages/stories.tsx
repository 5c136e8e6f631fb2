import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Chip from "@mui/material/Chip";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { toApiLocale } from "../app/languages";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { TextLanguageSelect } from "../components/TextLanguageSelect";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import {
  discardStoryDraft,
  emptyStory,
  lines,
  loadStoryDraft,
  type StoryFields,
  saveStoryDraft,
  storyHtml,
  validateStory,
} from "../features/recognition/story-form";
import { graphql } from "../gql";
import type { ChallengeAreaCode, StoriesPageQuery } from "../gql/graphql";

export const storiesPageQuery = graphql(`
  query StoriesPage($locale: Locale!) {
    stories(first: 100) {
      edges {
        node {
          id
          title
          status
          rejectionReason
          createdAt
          author {
            partner {
              id
            }
          }
        }
      }
    }
    challengeAreas {
      code
      position
      name(locale: $locale)
    }
  }
`);

export const submitStoryMutation = graphql(`
  mutation SubmitStory($input: SubmitStoryInput!) {
    submitStory(input: $input) {
      id
      title
      status
    }
  }
`);

const PARTNER = ["PARTNER_EDITOR"] as const;
/** The API's names of the fields the form shows, each with its own error. */
const SERVER_FIELDS = ["title", "body", "language", "areas", "mediaLinks"];

/** A partner shares stories of government action, and follows their moderation. */
export function StoriesPage() {
  const { t } = useTranslation();
  usePageTitle(t("stories.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("stories.title")}
        </Typography>
        <Typography color="text.secondary">{t("stories.intro")}</Typography>
      </div>
      <RoleGate roles={PARTNER}>{(viewer) => <Stories viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function Stories({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation();
  const locale = toApiLocale(i18n.resolvedLanguage);
  const { data, loading, error, refetch } = useQuery(storiesPageQuery, { variables: { locale }, fetchPolicy: "cache-and-network" });
  if (!viewer.partnerId) return <Alert severity="warning">{t("links.noPartner")}</Alert>;
  if (loading && !data) return <RouteFallback />;
  if (error || !data)
    return (
      <LoadError title={t("stories.loadFailed")} error={error ?? new Error("no data")} onRetry={() => refetch().catch(() => undefined)} />
    );
  // Everyone reads published stories; the partner's own, in any status, are the ones to follow here.
  const mine = data.stories.edges.map((edge) => edge.node).filter((story) => story.author.partner?.id === viewer.partnerId);
  return (
    <Stack spacing={3}>
      <StoryForm accountId={viewer.id} areas={data.challengeAreas} />
      <MyStories stories={mine} />
    </Stack>
  );
}

function StoryForm({ accountId, areas }: { accountId: string; areas: StoriesPageQuery["challengeAreas"] }) {
  const { t, i18n } = useTranslation();
  const restored = useRef(loadStoryDraft(accountId));
  const [fields, setFields] = useState<StoryFields>(() => restored.current ?? emptyStory(toApiLocale(i18n.resolvedLanguage)));
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(submitStoryMutation, { refetchQueries: ["StoriesPage"], awaitRefetchQueries: true });
  // Every change is kept as a draft at once; a long story is not lost to a closed tab.
  useEffect(() => {
    saveStoryDraft(accountId, fields);
  }, [accountId, fields]);
  const errors = validateStory(fields);
  const shown = (field: "title" | "body" | "language" | "areas" | "media"): string | undefined => {
    const local = field === "language" ? undefined : errors[field];
    if (local && submitted) return t(`validation.${local}`);
    return fieldError(problem, field === "media" ? "mediaLinks" : field);
  };
  const set = <K extends keyof StoryFields>(field: K, value: StoryFields[K]) => setFields((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    setSent(null);
    if (Object.keys(errors).length > 0) {
      document.querySelector<HTMLElement>("#story-form [aria-invalid='true'], #story-form .Mui-error input")?.focus();
      return;
    }
    try {
      await submit({
        variables: {
          input: {
            title: fields.title.trim(),
            body: storyHtml(fields.body),
            language: fields.language,
            areas: fields.areas,
            mediaLinks: lines(fields.media),
          },
        },
      });
      setSent(fields.title.trim());
      restored.current = null;
      discardStoryDraft(accountId);
      setFields(emptyStory(fields.language));
      setSubmitted(false);
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="story-form-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h2" id="story-form-heading" gutterBottom>
        {t("stories.formTitle")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t("stories.neverMeasured")}
      </Typography>
      <Stack component="form" id="story-form" spacing={2} noValidate onSubmit={onSubmit} aria-labelledby="story-form-heading">
        {sent && (
          <Alert severity="success" role="status">
            {t("stories.sent", { title: sent })}
          </Alert>
        )}
        {restored.current && (
          <Alert
            severity="info"
            role="status"
            action={
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  restored.current = null;
                  discardStoryDraft(accountId);
                  setFields(emptyStory(fields.language));
                  setSubmitted(false);
                }}
              >
                {t("newCommitment.discardDraft")}
              </Button>
            }
          >
            {t("stories.draftRestored")}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary">
          {t("newCommitment.draftNote")}
        </Typography>
        <TextField
          label={t("stories.titleField")}
          name="title"
          required
          value={fields.title}
          onChange={(event) => set("title", event.target.value)}
          error={Boolean(shown("title"))}
          helperText={shown("title")}
        />
        <TextField
          label={t("stories.body")}
          name="body"
          required
          multiline
          minRows={5}
          value={fields.body}
          onChange={(event) => set("body", event.target.value)}
          error={Boolean(shown("body"))}
          helperText={shown("body") ?? t("stories.bodyHelp")}
        />
        <TextLanguageSelect
          label={t("stories.language")}
          value={fields.language}
          onChange={(language) => set("language", language)}
          error={shown("language")}
        />
        <FormControl component="fieldset" required error={Boolean(shown("areas"))}>
          <FormLabel component="legend">{t("stories.areas")}</FormLabel>
          <FormGroup row>
            {[...areas]
              .sort((a, b) => a.position - b.position)
              .map((area) => (
                <FormControlLabel
                  key={area.code}
                  label={area.name}
                  sx={{ minWidth: { sm: 240 } }}
                  control={
                    <Checkbox
                      checked={fields.areas.includes(area.code)}
                      onChange={(event) => {
                        const code: ChallengeAreaCode = area.code;
                        set("areas", event.target.checked ? [...fields.areas, code] : fields.areas.filter((a) => a !== code));
                      }}
                    />
                  }
                />
              ))}
          </FormGroup>
          {shown("areas") && <FormHelperText>{shown("areas")}</FormHelperText>}
        </FormControl>
        <TextField
          label={t("stories.media")}
          name="mediaLinks"
          multiline
          minRows={2}
          value={fields.media}
          onChange={(event) => set("media", event.target.value)}
          error={Boolean(shown("media"))}
          helperText={shown("media") ?? t("progress.evidenceHelp")}
        />
        <ApiErrorAlert problem={problem} shownFields={SERVER_FIELDS} />
        <div>
          <Button type="submit" variant="contained" disabled={loading}>
            {t("stories.submit")}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}

function MyStories({ stories }: { stories: StoriesPageQuery["stories"]["edges"][number]["node"][] }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="my-stories-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h2" id="my-stories-heading">
        {t("stories.mine")}
      </Typography>
      {stories.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t("stories.empty")}
        </Typography>
      ) : (
        <List aria-labelledby="my-stories-heading">
          {stories.map((story) => (
            <ListItem key={story.id} divider sx={{ flexWrap: "wrap", gap: 1 }}>
              <ListItemText
                primary={story.title}
                secondary={[
                  t("stories.sharedOn", { at: new Date(story.createdAt).toLocaleDateString(i18n.language) }),
                  story.status === "REJECTED" && story.rejectionReason ? t("stories.rejected", { reason: story.rejectionReason }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
                slotProps={{ primary: { sx: { overflowWrap: "anywhere" } } }}
              />
              <Chip size="small" variant="outlined" label={t(`storyStatus.${story.status}`)} />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
