import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
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
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { LoadError } from "../components/LoadError";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { type ApiProblem, fieldError, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { formatDay } from "../features/review/review-window";
import { graphql } from "../gql";
import type { NominationsPageQuery } from "../gql/graphql";

export const nominationsPageQuery = graphql(`
  query NominationsPage {
    awardCycles {
      id
      name
      opensOn
      closesOn
      status
    }
    nominations(first: 100) {
      edges {
        node {
          id
          status
          rejectionReason
          createdAt
          cycle {
            id
            name
          }
          member {
            id
            name
          }
          commitments {
            id
            title
          }
          partner {
            id
          }
        }
      }
    }
  }
`);

export const nominableMembersQuery = graphql(`
  query NominableMembers($search: String!) {
    members(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          name
          ogpCode
        }
      }
    }
  }
`);

export const nominableCommitmentsQuery = graphql(`
  query NominableCommitments($memberId: ID!) {
    inProgress: commitments(first: 100, filter: { memberId: $memberId, status: IN_PROGRESS }) {
      edges {
        node {
          id
          title
        }
      }
    }
    completed: commitments(first: 100, filter: { memberId: $memberId, status: COMPLETED }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const submitNominationMutation = graphql(`
  mutation SubmitNomination($input: SubmitNominationInput!) {
    submitNomination(input: $input) {
      id
      status
    }
  }
`);

const PARTNER = ["PARTNER_EDITOR"] as const;

/** A partner nominates a government in an open award cycle, for reforms it adopted and implemented. */
export function NominationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("nominations.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("nominations.title")}
        </Typography>
        <Typography color="text.secondary">{t("nominations.intro")}</Typography>
      </div>
      <RoleGate roles={PARTNER}>{(viewer) => <Nominations viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function Nominations({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(nominationsPageQuery, { fetchPolicy: "cache-and-network" });
  if (!viewer.partnerId) return <Alert severity="warning">{t("links.noPartner")}</Alert>;
  if (loading && !data) return <RouteFallback />;
  if (error || !data)
    return (
      <LoadError
        title={t("nominations.loadFailed")}
        error={error ?? new Error("no data")}
        onRetry={() => refetch().catch(() => undefined)}
      />
    );
  const open = data.awardCycles.filter((cycle) => cycle.status === "OPEN");
  const mine = data.nominations.edges.map((edge) => edge.node).filter((n) => n.partner?.id === viewer.partnerId);
  return (
    <Stack spacing={3}>
      {open.length === 0 ? (
        <Alert severity="info" role="note">
          {t("nominations.noOpenCycle")}
        </Alert>
      ) : (
        <NominationForm cycles={open} />
      )}
      <MyNominations nominations={mine} />
    </Stack>
  );
}

interface Member {
  id: string;
  name: string;
  ogpCode: string;
}

function NominationForm({ cycles }: { cycles: NominationsPageQuery["awardCycles"] }) {
  const { t, i18n } = useTranslation();
  const [cycleId, setCycleId] = useState(cycles[0]?.id ?? "");
  const [member, setMember] = useState<Member | null>(null);
  const [search, setSearch] = useState("");
  const [commitmentIds, setCommitmentIds] = useState<string[]>([]);
  const [rationale, setRationale] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const members = useQuery(nominableMembersQuery, { variables: { search: search.trim() }, skip: search.trim().length < 2 });
  const commitments = useQuery(nominableCommitmentsQuery, { variables: { memberId: member?.id ?? "" }, skip: !member });
  const [submit, { loading }] = useMutation(submitNominationMutation, { refetchQueries: ["NominationsPage"], awaitRefetchQueries: true });

  const options = members.data?.members.edges.map((edge) => edge.node) ?? [];
  const nominable = commitments.data ? [...commitments.data.inProgress.edges, ...commitments.data.completed.edges].map((e) => e.node) : [];
  const local = {
    cycleId: undefined,
    memberId: member ? undefined : t("validation.required"),
    commitmentIds: commitmentIds.length > 0 ? undefined : t("validation.pickOne"),
    rationale: rationale.trim() ? undefined : t("validation.required"),
  };
  const shown = (field: keyof typeof local) => (submitted ? local[field] : undefined) ?? fieldError(problem, field);
  // The commitments are on screen once a member is chosen; until then the alert says what the API found wrong with them.
  const onScreen = member ? ["cycleId", "memberId", "commitmentIds", "rationale"] : ["cycleId", "memberId", "rationale"];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    setSent(null);
    if (Object.values(local).some(Boolean) || !member) {
      document.querySelector<HTMLElement>("#nomination-form [aria-invalid='true'], #nomination-form .Mui-error input")?.focus();
      return;
    }
    try {
      await submit({ variables: { input: { cycleId, memberId: member.id, commitmentIds, rationale: rationale.trim() } } });
      setSent(member.name);
      setMember(null);
      setSearch("");
      setCommitmentIds([]);
      setRationale("");
      setSubmitted(false);
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="nomination-form-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h2" id="nomination-form-heading" gutterBottom>
        {t("nominations.formTitle")}
      </Typography>
      <Stack component="form" id="nomination-form" spacing={2} noValidate onSubmit={onSubmit} aria-labelledby="nomination-form-heading">
        {sent && (
          <Alert severity="success" role="status">
            {t("nominations.sent", { member: sent })}
          </Alert>
        )}
        <TextField
          select
          required
          label={t("nominations.cycle")}
          value={cycleId}
          onChange={(event) => setCycleId(event.target.value)}
          error={Boolean(shown("cycleId"))}
          helperText={shown("cycleId")}
          sx={{ maxWidth: 480 }}
        >
          {cycles.map((cycle) => (
            <MenuItem key={cycle.id} value={cycle.id}>
              {t("nominations.cycleOption", { name: cycle.name, day: formatDay(cycle.closesOn, i18n.language) })}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete
          options={options}
          value={member}
          inputValue={search}
          filterOptions={(all) => all}
          getOptionLabel={(option) => `${option.name} (${option.ogpCode})`}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          loading={members.loading}
          noOptionsText={search.trim().length < 2 ? t("nominations.typeToSearch") : t("nominations.noMember")}
          loadingText={t("app.loading")}
          onInputChange={(_event, value) => setSearch(value)}
          onChange={(_event, value) => {
            setMember(value);
            setCommitmentIds([]);
          }}
          sx={{ maxWidth: 480 }}
          renderInput={(params) => (
            <TextField
              {...params}
              required
              label={t("nominations.member")}
              error={Boolean(shown("memberId"))}
              helperText={shown("memberId") ?? t("nominations.memberHelp")}
            />
          )}
        />
        {member && (
          <FormControl component="fieldset" required error={Boolean(shown("commitmentIds"))}>
            <FormLabel component="legend">{t("nominations.commitments", { member: member.name })}</FormLabel>
            {commitments.loading && !commitments.data ? (
              <RouteFallback />
            ) : nominable.length === 0 ? (
              <Typography color="text.secondary">{t("nominations.noCommitments")}</Typography>
            ) : (
              <FormGroup>
                {nominable.map((commitment) => (
                  <FormControlLabel
                    key={commitment.id}
                    label={commitment.title}
                    control={
                      <Checkbox
                        checked={commitmentIds.includes(commitment.id)}
                        onChange={(event) =>
                          setCommitmentIds((current) =>
                            event.target.checked ? [...current, commitment.id] : current.filter((id) => id !== commitment.id),
                          )
                        }
                      />
                    }
                  />
                ))}
              </FormGroup>
            )}
            {shown("commitmentIds") && <FormHelperText>{shown("commitmentIds")}</FormHelperText>}
          </FormControl>
        )}
        <TextField
          required
          multiline
          minRows={4}
          label={t("nominations.rationale")}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          error={Boolean(shown("rationale"))}
          helperText={shown("rationale")}
        />
        <ApiErrorAlert problem={problem} shownFields={onScreen} />
        <div>
          <Button type="submit" variant="contained" disabled={loading}>
            {t("nominations.submit")}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}

function MyNominations({ nominations }: { nominations: NominationsPageQuery["nominations"]["edges"][number]["node"][] }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="my-nominations-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h2" id="my-nominations-heading">
        {t("nominations.mine")}
      </Typography>
      {nominations.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t("nominations.empty")}
        </Typography>
      ) : (
        <List aria-labelledby="my-nominations-heading">
          {nominations.map((nomination) => (
            <ListItem key={nomination.id} divider sx={{ flexWrap: "wrap", gap: 1 }}>
              <ListItemText
                primary={`${nomination.member.name} · ${nomination.cycle.name}`}
                secondary={[
                  nomination.commitments.map((c) => c.title).join("; "),
                  new Date(nomination.createdAt).toLocaleDateString(i18n.language),
                  nomination.status === "REJECTED" && nomination.rejectionReason
                    ? t("nominations.rejected", { reason: nomination.rejectionReason })
                    : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
                slotProps={{ primary: { sx: { overflowWrap: "anywhere" } }, secondary: { sx: { overflowWrap: "anywhere" } } }}
              />
              <Chip size="small" variant="outlined" label={t(`nominationStatus.${nomination.status}`)} />
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
