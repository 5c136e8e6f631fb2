import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import FormControlLabel from "@mui/material/FormControlLabel";
import Paper from "@mui/material/Paper";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { toApiLocale } from "../app/languages";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, SUPPORT } from "../components/RoleGate";
import { CoCreatorsSection } from "../features/cocreation/components/CoCreatorsSection";
import { CHALLENGE_ENDS_ON } from "../features/commitments/challenge-end";
import { changeCommitmentStatusMutation } from "../features/commitments/change-status";
import { AreaSelect } from "../features/commitments/components/AreaSelect";
import { HistoryTimeline } from "../features/commitments/components/HistoryTimeline";
import { StatusChip } from "../features/commitments/components/StatusChip";
import { commitmentFlags } from "../features/commitments/flags";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { IrmRatingSection } from "../features/irm-rating/components/IrmRatingSection";
import { formatDay } from "../features/review/review-window";
import { graphql } from "../gql";
import type { ChallengeAreaCode, CommitmentReviewQuery, CommitmentStatus, DecisionOutcome, EligibilityCriterion } from "../gql/graphql";

export const commitmentReviewQuery = graphql(`
  query CommitmentReview($id: ID!, $locale: Locale!) {
    commitment(id: $id) {
      id
      version
      title
      summary
      status
      pathway
      startDate
      endDate
      proposedAreaCode
      assignedAreaCode
      suggestedAreas
      endsAfterChallenge
      hasActiveCoCreator
      coCreators {
        ...CoCreatorLink
      }
      member {
        id
        name
      }
      leadInstitution {
        id
        name(locale: $locale)
      }
      eligibility {
        allMet
        precheck {
          criterion
          outcome
          reason
        }
        decisions {
          criterion
          outcome
          reason
          decidedAt
        }
      }
      history {
        id
        at
        actorRole
        actor {
          id
          displayName
        }
        kind
        note
        changes
      }
      irmRating {
        id
        version
        verifiable
        openGovernmentLens
        potentialForResults
        specificity
        potentialImpact
        relevanceAccessToInformation
        relevanceCivicParticipation
        relevancePublicAccountability
        relevanceTechnology
        midtermCompletion
        completion
        starredMidterm
        starredEndOfTerm
        clustered
        carriedForward
        earlyResults
        earlyResultsAccessToInformation
        earlyResultsCivicParticipation
        earlyResultsPublicAccountability
        resultsLevel
      }
    }
    eligibilityCriteria {
      code
      position
      name(locale: $locale)
      description(locale: $locale)
    }
    challengeAreas {
      code
      position
      name(locale: $locale)
    }
  }
`);

export const decideEligibilityMutation = graphql(`
  mutation DecideEligibility($input: DecideEligibilityInput!) {
    decideEligibility(input: $input) {
      id
      version
    }
  }
`);

export const assignAreaMutation = graphql(`
  mutation AssignChallengeArea($input: AssignChallengeAreaInput!) {
    assignChallengeArea(input: $input) {
      id
      version
      assignedAreaCode
    }
  }
`);

// Every change adds to the history and may change the pre-check: read the whole page again once it is saved.
const REFETCH = { refetchQueries: ["CommitmentReview"], awaitRefetchQueries: true };

type Commitment = NonNullable<CommitmentReviewQuery["commitment"]>;

export function CommitmentReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t("review.title"));
  return <RoleGate roles={SUPPORT}>{() => <Review />}</RoleGate>;
}

function Review() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(commitmentReviewQuery, {
    variables: { id, locale: toApiLocale(i18n.resolvedLanguage) },
    // Other pages change what this one shows (a co-creation request accepted from the requests page): read it afresh.
    fetchPolicy: "cache-and-network",
  });
  const reload = () => refetch().catch(() => undefined);
  if (loading && !data) return <RouteFallback />;
  if (error || !data) return <LoadError title={t("review.loadFailed")} error={error ?? new Error("no data")} onRetry={reload} />;
  const commitment = data.commitment;
  if (!commitment) return <Typography>{t("review.notFound")}</Typography>;
  const areaName = (code: string | null | undefined) => data.challengeAreas.find((a) => a.code === code)?.name ?? t("review.none");

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="overline" component="p">
          {t("review.title")}
        </Typography>
        <Typography variant="h4" component="h1">
          {commitment.title}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap" }}>
          <StatusChip status={commitment.status} />
          <Chip size="small" label={t(`pathway.${commitment.pathway}`)} />
        </Stack>
      </div>
      <Flags commitment={commitment} />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography>{commitment.summary}</Typography>
        <Table size="small" sx={{ mt: 2 }} aria-label={t("review.details")}>
          <TableBody>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("commitments.member")}
              </TableCell>
              <TableCell>{commitment.member.name}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("review.leadInstitution")}
              </TableCell>
              <TableCell>{commitment.leadInstitution?.name ?? t("review.none")}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("review.period")}
              </TableCell>
              <TableCell>
                {t("review.periodDates", {
                  start: commitment.startDate ? formatDay(commitment.startDate, i18n.language) : t("review.notSet"),
                  end: commitment.endDate ? formatDay(commitment.endDate, i18n.language) : t("review.notSet"),
                })}
              </TableCell>
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="row">
                {t("review.proposedArea")}
              </TableCell>
              <TableCell>{areaName(commitment.proposedAreaCode)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Paper>
      <StatusActions commitment={commitment} onReload={reload} />
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="eligibility-heading">
        <Typography variant="h6" component="h2" id="eligibility-heading" gutterBottom>
          {t("review.eligibility")}
        </Typography>
        {commitment.status !== "UNDER_REVIEW" && (
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {t("review.decideDuringReview")}
          </Typography>
        )}
        <Stack spacing={2}>
          {[...data.eligibilityCriteria]
            .sort((a, b) => a.position - b.position)
            .map((criterion) => (
              <CriterionDecision key={criterion.code} commitment={commitment} criterion={criterion} onReload={reload} />
            ))}
        </Stack>
      </Paper>
      <AreaAssignment commitment={commitment} areas={data.challengeAreas} onReload={reload} />
      <CoCreatorsSection coCreators={commitment.coCreators} canEnd onReload={reload} />
      <IrmRatingSection commitment={commitment} onReload={reload} />
      <HistoryTimeline
        events={commitment.history}
        names={{
          areas: new Map(data.challengeAreas.map((area) => [area.code, area.name])),
          criteria: new Map(data.eligibilityCriteria.map((criterion) => [criterion.code, criterion.name])),
        }}
      />
    </Stack>
  );
}

function StatusActions({ commitment, onReload }: { commitment: Commitment; onReload: () => void }) {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(changeCommitmentStatusMutation, REFETCH);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const next: CommitmentStatus[] =
    commitment.status === "SUBMITTED" ? ["UNDER_REVIEW"] : commitment.status === "UNDER_REVIEW" ? ["ELIGIBLE", "NOT_ELIGIBLE"] : [];
  if (next.length === 0) return null;
  return (
    <Stack spacing={1}>
      <ApiErrorAlert problem={problem} onReload={onReload} />
      <Stack direction="row" spacing={2}>
        {next.map((to) => (
          <Button
            key={to}
            variant={to === "NOT_ELIGIBLE" ? "outlined" : "contained"}
            color={to === "NOT_ELIGIBLE" ? "error" : "primary"}
            disabled={loading}
            onClick={async () => {
              setProblem(null);
              try {
                await change({ variables: { input: { id: commitment.id, version: commitment.version, to } } });
              } catch (error) {
                setProblem(toApiProblem(error));
              }
            }}
          >
            {t(`review.to.${to as "UNDER_REVIEW" | "ELIGIBLE" | "NOT_ELIGIBLE"}`)}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}

interface CriterionProps {
  commitment: Commitment;
  criterion: { code: EligibilityCriterion; name: string; description: string };
  onReload: () => void;
}

function CriterionDecision({ commitment, criterion, onReload }: CriterionProps) {
  const { t } = useTranslation();
  const precheck = commitment.eligibility.precheck.find((p) => p.criterion === criterion.code);
  const decision = commitment.eligibility.decisions.find((d) => d.criterion === criterion.code);
  const [outcome, setOutcome] = useState<DecisionOutcome | "">(decision?.outcome ?? "");
  const [reason, setReason] = useState(decision?.reason ?? "");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [decide, { loading }] = useMutation(decideEligibilityMutation, REFETCH);
  const editable = commitment.status === "UNDER_REVIEW";
  const headingId = `criterion-${criterion.code}`;
  const reasonError = fieldError(problem, "reason");

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h3" id={headingId}>
        {criterion.name}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {criterion.description}
      </Typography>
      {precheck && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t("review.precheck", { outcome: t(`outcome.${precheck.outcome}`) })} {precheck.reason}
        </Typography>
      )}
      {decision && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t("review.decided", { outcome: t(`outcome.${decision.outcome}`) })} {decision.reason}
        </Typography>
      )}
      {editable && (
        <Stack
          component="form"
          spacing={1}
          sx={{ mt: 1 }}
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            setProblem(null);
            if (!outcome) return;
            try {
              await decide({
                variables: {
                  input: {
                    commitmentId: commitment.id,
                    version: commitment.version,
                    criterion: criterion.code,
                    outcome,
                    reason: reason.trim(),
                  },
                },
              });
            } catch (error) {
              setProblem(toApiProblem(error));
            }
          }}
        >
          <RadioGroup
            row
            aria-label={t("review.decisionFor", { criterion: criterion.name })}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as DecisionOutcome)}
          >
            <FormControlLabel value="MET" control={<Radio />} label={t("outcome.MET")} />
            <FormControlLabel value="NOT_MET" control={<Radio />} label={t("outcome.NOT_MET")} />
          </RadioGroup>
          <TextField
            label={t("review.reasonFor", { criterion: criterion.name })}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            multiline
            error={Boolean(reasonError)}
            helperText={reasonError}
          />
          <ApiErrorAlert problem={problem} onReload={onReload} shownFields={["reason"]} />
          <div>
            <Button type="submit" variant="outlined" disabled={loading || !outcome || !reason.trim()}>
              {t("review.saveDecision", { criterion: criterion.name })}
            </Button>
          </div>
        </Stack>
      )}
    </Paper>
  );
}

/**
 * What the support unit must notice before deciding: a late planned end (rule 8), missing co-creation (rule 5). Static
 * advice, not an event: role "note", read in place, where MUI's default "alert" would be announced on every load.
 */
function Flags({ commitment }: { commitment: Commitment }) {
  const { t, i18n } = useTranslation();
  const flags = commitmentFlags(commitment);
  if (flags.length === 0) return null;
  const day = (value: string) => formatDay(value, i18n.language);
  return (
    <Stack spacing={1}>
      {flags.includes("endsAfterChallenge") && (
        <Alert severity="warning" role="note">
          <AlertTitle>{t("flags.endsAfterChallenge", { date: day(CHALLENGE_ENDS_ON) })}</AlertTitle>
          {t("review.endsAfterChallenge", { end: day(commitment.endDate ?? ""), date: day(CHALLENGE_ENDS_ON) })}
        </Alert>
      )}
      {flags.includes("noCoCreator") && (
        <Alert severity="warning" role="note">
          <AlertTitle>{t("flags.noCoCreator")}</AlertTitle>
          {t("review.noCoCreator")}
        </Alert>
      )}
    </Stack>
  );
}

interface AreaAssignmentProps {
  commitment: Commitment;
  areas: CommitmentReviewQuery["challengeAreas"];
  onReload: () => void;
}

function AreaAssignment({ commitment, areas, onReload }: AreaAssignmentProps) {
  const { t } = useTranslation();
  const [area, setArea] = useState<string>(commitment.assignedAreaCode ?? commitment.proposedAreaCode ?? "");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [assign, { loading }] = useMutation(assignAreaMutation, REFETCH);
  const current = areas.find((a) => a.code === commitment.assignedAreaCode)?.name;
  // The IRM policy tags only suggest; the support unit decides, here in one click per suggestion (rule 3).
  const suggested = areas.filter((a) => commitment.suggestedAreas.includes(a.code)).sort((a, b) => a.position - b.position);
  const assignTo = async (code: ChallengeAreaCode) => {
    setProblem(null);
    try {
      await assign({ variables: { input: { id: commitment.id, version: commitment.version, area: code } } });
    } catch (error) {
      setProblem(toApiProblem(error));
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="area-heading">
      <Typography variant="h6" component="h2" id="area-heading" gutterBottom>
        {t("review.areaAssignment")}
      </Typography>
      <Typography sx={{ mb: 2 }}>{current ? t("review.assignedTo", { area: current }) : t("review.notAssigned")}</Typography>
      {suggested.length > 0 && (
        <Stack spacing={1} sx={{ mb: 2 }}>
          <Typography id="suggested-areas-heading">{t("review.suggestedAreas")}</Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }} role="group" aria-labelledby="suggested-areas-heading">
            {suggested.map((suggestion) => (
              <Button
                key={suggestion.code}
                variant="outlined"
                size="small"
                disabled={loading || suggestion.code === commitment.assignedAreaCode}
                onClick={() => {
                  setArea(suggestion.code);
                  void assignTo(suggestion.code);
                }}
              >
                {t("review.assignSuggested", { area: suggestion.name })}
              </Button>
            ))}
          </Stack>
        </Stack>
      )}
      <Stack
        component="form"
        direction={{ xs: "column", sm: "row" }}
        spacing={2}
        onSubmit={(event) => {
          event.preventDefault();
          if (area) void assignTo(area as ChallengeAreaCode);
        }}
      >
        <AreaSelect label={t("review.area")} value={area} areas={areas} onChange={setArea} />
        <Button type="submit" variant="outlined" disabled={loading || !area}>
          {t("review.assign")}
        </Button>
      </Stack>
      <ApiErrorAlert problem={problem} onReload={onReload} />
    </Paper>
  );
}
