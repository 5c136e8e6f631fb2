import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Autocomplete from "@mui/material/Autocomplete";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toApiLocale } from "../../../app/languages";
import { graphql } from "../../../gql";
import type { Locale, Role } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";
import { invitableRoles, scopeOf } from "../roles";

export const inviteMemberOptionsQuery = graphql(`
  query InviteMemberOptions($search: String, $locale: Locale!) {
    members(first: 20, filter: { search: $search }, orderBy: NAME_ASC) {
      edges {
        node {
          id
          name
          institutions {
            id
            name(locale: $locale)
          }
        }
      }
    }
  }
`);

export const invitePartnerOptionsQuery = graphql(`
  query InvitePartnerOptions($search: String) {
    partners(first: 20, filter: { search: $search }, orderBy: NAME_ASC) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const inviteAccountMutation = graphql(`
  mutation InviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      token
      mailed
      invitation {
        id
        email
        role
        status
      }
    }
  }
`);

type MemberOption = { id: string; name: string; institutions: { id: string; name: string }[] };
type PartnerOption = { id: string; name: string };
const FIELDS = ["input.email", "input.role", "input.memberId", "input.institutionIds", "input.partnerId"];

/** Invites someone with a role and, for officers and partner editors, the organisation they act for. */
export function InviteForm({ inviterRole }: { inviterRole: Role }) {
  const { t, i18n } = useTranslation();
  const locale = toApiLocale(i18n.resolvedLanguage);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [language, setLanguage] = useState<Locale | "">("");
  const [member, setMember] = useState<MemberOption | null>(null);
  const [institutionIds, setInstitutionIds] = useState<string[]>([]);
  const [partner, setPartner] = useState<PartnerOption | null>(null);
  const [memberSearch, setMemberSearch] = useState("");
  const [partnerSearch, setPartnerSearch] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [sent, setSent] = useState<{ email: string; token: string; mailed: boolean } | null>(null);
  const scope = scopeOf(role);
  const members = useQuery(inviteMemberOptionsQuery, {
    variables: { search: memberSearch.trim() || null, locale },
    skip: scope !== "member",
  });
  const partners = useQuery(invitePartnerOptionsQuery, { variables: { search: partnerSearch.trim() || null }, skip: scope !== "partner" });
  const [invite, { loading }] = useMutation(inviteAccountMutation, { refetchQueries: ["SupportInvitations"] });
  const error = (field: string) => fieldError(problem, `input.${field}`);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="invite-heading" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" id="invite-heading" gutterBottom>
        {t("supportAccounts.invite")}
      </Typography>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setProblem(null);
          setSent(null);
          if (!role) return;
          try {
            const { data } = await invite({
              variables: {
                input: {
                  email: email.trim(),
                  role,
                  ...(scope === "member" ? { memberId: member?.id ?? "", institutionIds } : {}),
                  ...(scope === "partner" ? { partnerId: partner?.id ?? "" } : {}),
                  ...(language ? { language } : {}),
                },
              },
            });
            if (data)
              setSent({ email: data.inviteAccount.invitation.email, token: data.inviteAccount.token, mailed: data.inviteAccount.mailed });
            setEmail("");
          } catch (caught) {
            setProblem(toApiProblem(caught));
          }
        }}
      >
        {sent && (
          <Alert severity="success" role="status">
            <AlertTitle>{t("supportAccounts.invited", { email: sent.email })}</AlertTitle>
            {sent.mailed ? t("supportAccounts.mailed") : t("supportAccounts.notMailed")}
            <Typography component="p" sx={{ mt: 1, fontFamily: "monospace", wordBreak: "break-all" }}>
              {t("supportAccounts.token", { token: sent.token })}
            </Typography>
          </Alert>
        )}
        <TextField
          label={t("supportAccounts.email")}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          error={Boolean(error("email"))}
          helperText={error("email")}
          autoComplete="off"
        />
        <TextField
          select
          label={t("supportAccounts.role")}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          required
          error={Boolean(error("role"))}
          helperText={error("role")}
        >
          {invitableRoles(inviterRole).map((r) => (
            <MenuItem key={r} value={r}>
              {t(`roles.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        {scope === "member" && (
          <>
            <Autocomplete<MemberOption>
              options={members.data?.members.edges.map((edge) => edge.node) ?? []}
              loading={members.loading}
              value={member}
              getOptionLabel={(option) => option.name}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              // The server searches; the list shows what it found.
              filterOptions={(options) => options}
              onChange={(_, value) => {
                setMember(value);
                setInstitutionIds([]);
              }}
              onInputChange={(_, value) => setMemberSearch(value)}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={t("supportAccounts.member")}
                  required
                  error={Boolean(error("memberId"))}
                  helperText={error("memberId")}
                />
              )}
            />
            {member && (
              <FormControl component="fieldset" required error={Boolean(error("institutionIds"))}>
                <FormLabel component="legend">{t("supportAccounts.institutions")}</FormLabel>
                <FormGroup>
                  {member.institutions.map((institution) => (
                    <FormControlLabel
                      key={institution.id}
                      label={institution.name}
                      control={
                        <Checkbox
                          checked={institutionIds.includes(institution.id)}
                          onChange={(event) =>
                            setInstitutionIds((ids) =>
                              event.target.checked ? [...ids, institution.id] : ids.filter((id) => id !== institution.id),
                            )
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
                {member.institutions.length === 0 && <FormHelperText>{t("supportAccounts.noInstitutions")}</FormHelperText>}
                {error("institutionIds") && <FormHelperText>{error("institutionIds")}</FormHelperText>}
              </FormControl>
            )}
          </>
        )}
        {scope === "partner" && (
          <Autocomplete<PartnerOption>
            options={partners.data?.partners.edges.map((edge) => edge.node) ?? []}
            loading={partners.loading}
            value={partner}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            filterOptions={(options) => options}
            onChange={(_, value) => setPartner(value)}
            onInputChange={(_, value) => setPartnerSearch(value)}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t("supportAccounts.partner")}
                required
                error={Boolean(error("partnerId"))}
                helperText={error("partnerId")}
              />
            )}
          />
        )}
        <TextField
          select
          label={t("supportAccounts.language")}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Locale | "")}
        >
          <MenuItem value="">{t("supportAccounts.allLanguages")}</MenuItem>
          {(["EN", "ES", "FR"] as const).map((l) => (
            <MenuItem key={l} value={l}>
              {t(`locale.${l}`)}
            </MenuItem>
          ))}
        </TextField>
        <ApiErrorAlert problem={problem} shownFields={FIELDS} />
        <div>
          <Button type="submit" variant="contained" disabled={loading || !email.trim() || !role}>
            {t("supportAccounts.send")}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
