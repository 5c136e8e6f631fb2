import { useMutation, useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
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
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { usePageTitle } from "../app/usePageTitle";
import { FilterSelect } from "../components/FilterSelect";
import { Loaded } from "../components/Loaded";
import { RoleGate, SUPPORT, type Viewer } from "../components/RoleGate";
import { InviteForm } from "../features/accounts/components/InviteForm";
import { type ApiProblem, toApiProblem } from "../features/errors/api-problem";
import { ApiErrorAlert } from "../features/errors/components/ApiErrorAlert";
import { oneOf } from "../features/moderation/statuses";
import { CursorPager } from "../features/paging/CursorPager";
import { useCursorPages } from "../features/paging/useCursorPages";
import { graphql } from "../gql";
import type { AccountStatus, InvitationStatus, Role } from "../gql/graphql";

export const supportInvitationsQuery = graphql(`
  query SupportInvitations($status: InvitationStatus, $after: String) {
    invitations(first: 20, after: $after, filter: { status: $status }) {
      totalCount
      edges {
        node {
          id
          email
          role
          status
          createdAt
          expiresAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const withdrawInvitationMutation = graphql(`
  mutation WithdrawInvitation($id: ID!) {
    withdrawInvitation(id: $id) {
      id
      status
      revokedAt
    }
  }
`);

export const supportAccountsQuery = graphql(`
  query SupportAccounts($filter: AccountFilter, $after: String) {
    accounts(first: 20, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          displayName
          email
          role
          status
          lastSignInAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const disableAccountMutation = graphql(`
  mutation DisableAccount($id: ID!, $version: Int!) {
    disableAccount(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

export const enableAccountMutation = graphql(`
  mutation EnableAccount($id: ID!, $version: Int!) {
    enableAccount(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

const INVITATION_STATUSES: readonly InvitationStatus[] = ["PENDING", "ACCEPTED", "EXPIRED", "WITHDRAWN"];
const ROLES: readonly Role[] = ["SUPPORT_UNIT_ADMIN", "SUPPORT_UNIT", "INSTITUTION_OFFICER", "PARTNER_EDITOR", "API_CLIENT"];

export function AccountsPage() {
  const { t } = useTranslation();
  usePageTitle(t("supportAccounts.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("supportAccounts.title")}
        </Typography>
        <Typography color="text.secondary">{t("supportAccounts.intro")}</Typography>
      </div>
      <RoleGate roles={SUPPORT}>
        {(viewer) => (
          <>
            <InviteForm inviterRole={viewer.role} />
            <Invitations />
            {viewer.role === "SUPPORT_UNIT_ADMIN" ? (
              <Accounts viewer={viewer} />
            ) : (
              <Alert severity="info">{t("supportAccounts.adminsOnly")}</Alert>
            )}
          </>
        )}
      </RoleGate>
    </Stack>
  );
}

function Invitations() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = oneOf(INVITATION_STATUSES, params.get("invitations"));
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(supportInvitationsQuery, {
    variables: { status, after: pages.after },
    fetchPolicy: "cache-and-network",
  });
  const [withdraw] = useMutation(withdrawInvitationMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const reload = () => refetch().catch(() => undefined);
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="invitations-heading" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2" id="invitations-heading">
          {t("supportAccounts.invitations")}
        </Typography>
        <TextField
          select
          label={t("supportAccounts.invitationFilter")}
          value={status ?? ""}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.target.value) next.set("invitations", event.target.value);
            else next.delete("invitations");
            setParams(next, { replace: true });
            pages.reset();
          }}
          sx={{ maxWidth: 240 }}
        >
          <MenuItem value="">{t("supportAccounts.anyStatus")}</MenuItem>
          {INVITATION_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`supportAccounts.invitationStatus.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <ApiErrorAlert problem={problem} onReload={reload} />
        <Loaded result={{ loading, error, data }} failed={t("supportAccounts.invitationsFailed")} onRetry={reload}>
          {(data) => (
            <>
              <Typography role="status">{t("supportAccounts.invitationCount", { count: data.invitations.totalCount })}</Typography>
              <TableContainer>
                <Table size="small" aria-labelledby="invitations-heading">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t("supportAccounts.email")}</TableCell>
                      <TableCell>{t("supportAccounts.role")}</TableCell>
                      <TableCell>{t("supportAccounts.status")}</TableCell>
                      <TableCell>{t("supportAccounts.sent")}</TableCell>
                      <TableCell>{t("supportAccounts.expires")}</TableCell>
                      <TableCell>{t("supportAccounts.actions")}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.invitations.edges.map(({ node }) => (
                      <TableRow key={node.id}>
                        <TableCell>{node.email}</TableCell>
                        <TableCell>{t(`roles.${node.role}`)}</TableCell>
                        <TableCell>{t(`supportAccounts.invitationStatus.${node.status}`)}</TableCell>
                        <TableCell>{date(node.createdAt)}</TableCell>
                        <TableCell>{date(node.expiresAt)}</TableCell>
                        <TableCell>
                          {node.status === "PENDING" && (
                            <Button
                              size="small"
                              color="error"
                              aria-label={t("supportAccounts.withdrawFor", { email: node.email })}
                              onClick={async () => {
                                setProblem(null);
                                try {
                                  await withdraw({ variables: { id: node.id } });
                                } catch (caught) {
                                  setProblem(toApiProblem(caught));
                                }
                              }}
                            >
                              {t("supportAccounts.withdraw")}
                            </Button>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <CursorPager pages={pages} pageInfo={data.invitations.pageInfo} label={t("supportAccounts.invitations")} />
            </>
          )}
        </Loaded>
      </Stack>
    </Paper>
  );
}

/** Every account, for administrators: who may sign in, and a way to stop or restore that. */
function Accounts({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const role = oneOf(ROLES, params.get("role"));
  const [search, setSearch] = useState(params.get("search") ?? "");
  const applied = params.get("search") ?? "";
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(supportAccountsQuery, {
    variables: { filter: { ...(role ? { role } : {}), ...(applied ? { search: applied } : {}) }, after: pages.after },
    fetchPolicy: "cache-and-network",
  });
  const [disable] = useMutation(disableAccountMutation);
  const [enable] = useMutation(enableAccountMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const reload = () => refetch().catch(() => undefined);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    pages.reset();
  };
  const change = async (run: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await run();
    } catch (caught) {
      setProblem(toApiProblem(caught));
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="accounts-heading" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Typography variant="h6" component="h2" id="accounts-heading">
          {t("supportAccounts.accounts")}
        </Typography>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
          <FilterSelect
            label={t("supportAccounts.role")}
            value={role}
            anyLabel={t("supportAccounts.anyRole")}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(value) => setParam("role", value)}
            sx={{ minWidth: 220 }}
          />
          <Stack
            component="form"
            role="search"
            direction="row"
            spacing={1}
            onSubmit={(event) => {
              event.preventDefault();
              setParam("search", search.trim());
            }}
          >
            <TextField label={t("supportAccounts.search")} value={search} onChange={(event) => setSearch(event.target.value)} />
            <Button type="submit" variant="outlined">
              {t("grid.search")}
            </Button>
          </Stack>
        </Stack>
        <ApiErrorAlert problem={problem} onReload={reload} />
        <Loaded result={{ loading, error, data }} failed={t("supportAccounts.accountsFailed")} onRetry={reload}>
          {(data) => (
            <>
              <Typography role="status">{t("supportAccounts.accountCount", { count: data.accounts.totalCount })}</Typography>
              <TableContainer>
                <Table size="small" aria-labelledby="accounts-heading">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t("supportAccounts.name")}</TableCell>
                      <TableCell>{t("supportAccounts.email")}</TableCell>
                      <TableCell>{t("supportAccounts.role")}</TableCell>
                      <TableCell>{t("supportAccounts.status")}</TableCell>
                      <TableCell>{t("supportAccounts.lastSignIn")}</TableCell>
                      <TableCell>{t("supportAccounts.actions")}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.accounts.edges.map(({ node }) => (
                      <TableRow key={node.id}>
                        <TableCell>{node.displayName}</TableCell>
                        <TableCell>{node.email ?? "–"}</TableCell>
                        <TableCell>{t(`roles.${node.role}`)}</TableCell>
                        <TableCell>{t(`supportAccounts.accountStatus.${node.status as AccountStatus}`)}</TableCell>
                        <TableCell>
                          {node.lastSignInAt ? new Date(node.lastSignInAt).toLocaleString(i18n.language) : t("supportAccounts.never")}
                        </TableCell>
                        <TableCell>
                          {node.id !== viewer.id &&
                            (node.status === "ACTIVE" ? (
                              <Button
                                size="small"
                                color="error"
                                aria-label={t("supportAccounts.disableFor", { name: node.displayName })}
                                onClick={() => change(() => disable({ variables: { id: node.id, version: node.version } }))}
                              >
                                {t("supportAccounts.disable")}
                              </Button>
                            ) : (
                              <Button
                                size="small"
                                aria-label={t("supportAccounts.enableFor", { name: node.displayName })}
                                onClick={() => change(() => enable({ variables: { id: node.id, version: node.version } }))}
                              >
                                {t("supportAccounts.enable")}
                              </Button>
                            ))}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <CursorPager pages={pages} pageInfo={data.accounts.pageInfo} label={t("supportAccounts.accounts")} />
            </>
          )}
        </Loaded>
      </Stack>
    </Paper>
  );
}
