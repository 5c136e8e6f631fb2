import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { toApiLocale } from "../app/languages";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { changeCommitmentStatusMutation } from "../features/commitments/change-status";
import {
  CONTENT_FIELDS,
  type CommitmentDraft,
  contentInput,
  type DraftErrors,
  type DraftField,
  discardDraft,
  emptyDraft,
  emptyMilestoneDraft,
  loadDraft,
  type MilestoneDraft,
  saveDraft,
  validateDraft,
} from "../features/commitments/commitment-draft";
import { CommitmentContentFields } from "../features/commitments/components/CommitmentContentFields";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { MilestoneFieldset } from "../features/milestones/components/MilestoneFieldset";
import { MILESTONE_FIELDS, milestoneInput } from "../features/milestones/milestone-form";
import { graphql } from "../gql";

export const newCommitmentOptionsQuery = graphql(`
  query NewCommitmentOptions($memberId: ID!, $locale: Locale!) {
    member(id: $memberId) {
      id
      name
      institutions {
        id
        name(locale: $locale)
      }
    }
    ...CommitmentContentChoices
  }
`);

export const createCommitmentMutation = graphql(`
  mutation CreateStandaloneCommitment($input: CreateCommitmentInput!, $idempotencyKey: String) {
    createCommitment(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      status
    }
  }
`);

const OFFICER = ["INSTITUTION_OFFICER"] as const;
/** The fields that show the server's refusal under them (the alert leaves them out). */
const SERVER_FIELDS = ["leadInstitutionId", ...CONTENT_FIELDS];

export function NewCommitmentPage() {
  const { t } = useTranslation();
  usePageTitle(t("newCommitment.pageTitle"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("newCommitment.pageTitle")}
        </Typography>
        <Typography color="text.secondary">{t("newCommitment.intro")}</Typography>
      </div>
      <RoleGate roles={OFFICER}>{(viewer) => <CommitmentForm viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function CommitmentForm({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const locale = toApiLocale(i18n.resolvedLanguage);
  const { data, loading, error, refetch } = useQuery(newCommitmentOptionsQuery, {
    variables: { memberId: viewer.memberId ?? "", locale },
    skip: !viewer.memberId,
  });
  const restored = useRef(loadDraft(viewer.id));
  const [draft, setDraft] = useState<CommitmentDraft>(() => restored.current ?? emptyDraft(locale));
  const [touched, setTouched] = useState<Partial<Record<DraftField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [create, { loading: creating }] = useMutation(createCommitmentMutation);
  const [submit, { loading: submitting }] = useMutation(changeCommitmentStatusMutation);
  // One key per attempt: a retry after a lost answer does not create a second commitment.
  const idempotencyKey = useRef(crypto.randomUUID());

  // Every change is kept as a draft at once; nothing typed is lost to a closed tab.
  useEffect(() => {
    saveDraft(viewer.id, draft);
  }, [viewer.id, draft]);

  if (!viewer.memberId) return <Alert severity="warning">{t("newCommitment.noMember")}</Alert>;
  if (loading && !data) return <RouteFallback />;
  if (error || !data?.member)
    return (
      <LoadError
        title={t("newCommitment.loadFailed")}
        error={error ?? new Error("no data")}
        onRetry={() => refetch().catch(() => undefined)}
      />
    );

  const institutions = data.member.institutions.filter((i) => viewer.institutionIds.includes(i.id));
  const errors: DraftErrors = validateDraft(draft);
  const shown = (field: DraftField): string | undefined => {
    const local = errors[field];
    if (local && (touched[field] || submitted)) return t(`validation.${local}`);
    return fieldError(problem, field);
  };
  const set = <K extends keyof CommitmentDraft>(field: K, value: CommitmentDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
  };
  const setMilestone = (index: number, change: Partial<MilestoneDraft>) =>
    setDraft((current) => ({ ...current, milestones: current.milestones.map((m, i) => (i === index ? { ...m, ...change } : m)) }));
  const blur = (field: DraftField) => () => setTouched((current) => ({ ...current, [field]: true }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (Object.keys(errors).length > 0) {
      // Take the keyboard to the first field to fix.
      const first = document.querySelector<HTMLElement>("[aria-invalid='true']");
      first?.focus();
      return;
    }
    try {
      const created = await create({
        variables: {
          idempotencyKey: idempotencyKey.current,
          input: {
            pathway: "STANDALONE",
            memberId: viewer.memberId ?? "",
            leadInstitutionId: draft.leadInstitutionId,
            ...contentInput(draft),
            milestones: draft.milestones.map(milestoneInput),
          },
        },
      });
      const commitment = created.data?.createCommitment;
      if (!commitment) return;
      await submit({ variables: { input: { id: commitment.id, version: commitment.version, to: "SUBMITTED" } } });
      discardDraft(viewer.id);
      navigate("/my-commitments", { state: { submitted: draft.title.trim() } });
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack component="form" spacing={2} noValidate onSubmit={onSubmit} aria-label={t("newCommitment.pageTitle")}>
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
                  discardDraft(viewer.id);
                  setDraft(emptyDraft(locale));
                  setTouched({});
                  setSubmitted(false);
                }}
              >
                {t("newCommitment.discardDraft")}
              </Button>
            }
          >
            {t("newCommitment.draftRestored")}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary">
          {t("newCommitment.draftNote")}
        </Typography>
        <TextField
          select
          label={t("newCommitment.leadInstitution")}
          name="leadInstitutionId"
          required
          value={institutions.some((i) => i.id === draft.leadInstitutionId) ? draft.leadInstitutionId : ""}
          onChange={(event) => set("leadInstitutionId", event.target.value)}
          onBlur={blur("leadInstitutionId")}
          error={Boolean(shown("leadInstitutionId"))}
          helperText={shown("leadInstitutionId")}
        >
          {institutions.map((institution) => (
            <MenuItem key={institution.id} value={institution.id}>
              {institution.name}
            </MenuItem>
          ))}
        </TextField>
        <CommitmentContentFields
          value={draft}
          onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
          error={shown}
          onBlur={(field) => blur(field)()}
          areas={data.challengeAreas}
          openGovernmentValues={data.openGovernmentValues}
        />
        <Stack component="fieldset" spacing={2} sx={{ border: 0, p: 0, m: 0 }} aria-describedby="milestones-help">
          <Typography component="legend" variant="subtitle1" sx={{ mb: 1 }}>
            {t("newCommitment.milestones")}
          </Typography>
          <Typography id="milestones-help" variant="body2" color="text.secondary">
            {t("newCommitment.milestonesHelp")}
          </Typography>
          {draft.milestones.map((milestone, index) => {
            const number = index + 1;
            const field = (name: (typeof MILESTONE_FIELDS)[number]) => `milestones.${index}.${name}` as const;
            return (
              <Paper
                key={milestone.key}
                variant="outlined"
                sx={{ p: 2 }}
                role="group"
                aria-label={t("newCommitment.milestone", { number })}
              >
                <Stack spacing={2}>
                  <MilestoneFieldset
                    idPrefix={`new-milestone-${milestone.key}`}
                    value={milestone}
                    onChange={(next) => {
                      setMilestone(index, next);
                      // A field counts as visited once it changed: its check shows from then on.
                      const changed = MILESTONE_FIELDS.filter((name) => next[name] !== milestone[name]).map(field);
                      setTouched((current) => ({ ...current, ...Object.fromEntries(changed.map((name) => [name, true])) }));
                    }}
                    errors={Object.fromEntries(MILESTONE_FIELDS.map((name) => [name, shown(field(name))]))}
                  />
                  {draft.milestones.length > 1 && (
                    <div>
                      <Button
                        onClick={() => {
                          setDraft((current) => ({ ...current, milestones: current.milestones.filter((_, i) => i !== index) }));
                          // What was said about a milestone is keyed by its place, which the removal changes: said anew on the next submit.
                          setProblem(null);
                          setTouched((current) =>
                            Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith("milestones."))),
                          );
                          // The button is gone: the keyboard goes on from the button that adds a milestone.
                          document.getElementById("add-milestone-button")?.focus();
                        }}
                        aria-label={t("newCommitment.removeMilestone", { number })}
                      >
                        {t("newCommitment.remove")}
                      </Button>
                    </div>
                  )}
                </Stack>
              </Paper>
            );
          })}
          <div>
            <Button
              id="add-milestone-button"
              variant="outlined"
              onClick={() => set("milestones", [...draft.milestones, emptyMilestoneDraft()])}
            >
              {t("newCommitment.addMilestone")}
            </Button>
          </div>
        </Stack>
        <ApiErrorAlert
          problem={problem}
          onReload={() => refetch().catch(() => undefined)}
          shownFields={[
            ...SERVER_FIELDS,
            ...draft.milestones.flatMap((_, index) => MILESTONE_FIELDS.map((name) => `milestones.${index}.${name}`)),
          ]}
        />
        <div>
          <Button type="submit" variant="contained" disabled={creating || submitting}>
            {t("newCommitment.submit")}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
