import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Chip from "@mui/material/Chip";
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
import { RouteFallback } from "../app/RouteFallback";
import { usePageTitle } from "../app/usePageTitle";
import { DoneStatus } from "../components/DoneStatus";
import { LoadError } from "../components/LoadError";
import { RoleGate, type Viewer } from "../components/RoleGate";
import { answerPath } from "../features/cocreation/answer-link";
import { EndCoCreation } from "../features/cocreation/components/EndCoCreation";
import { graphql } from "../gql";
import type { MyLinksQuery } from "../gql/graphql";

export const myLinksQuery = graphql(`
  query MyLinks($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      name
      coCreations {
        id
        version
        role
        status
        note
        reason
        commitment {
          id
          title
        }
      }
    }
  }
`);

const PARTNER = ["PARTNER_EDITOR"] as const;

export function MyLinksPage() {
  const { t } = useTranslation();
  usePageTitle(t("links.title"));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t("links.title")}
        </Typography>
        <Typography color="text.secondary">{t("links.intro")}</Typography>
      </div>
      <RoleGate roles={PARTNER}>{(viewer) => <Links viewer={viewer} />}</RoleGate>
    </Stack>
  );
}

function Links({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(myLinksQuery, {
    variables: { partnerId: viewer.partnerId ?? "" },
    skip: !viewer.partnerId,
    fetchPolicy: "cache-and-network",
  });
  // An ended link stays in the table as ENDED: say what happened to it.
  const [ended, setEnded] = useState<string | null>(null);
  const reload = () => refetch().catch(() => undefined);
  if (!viewer.partnerId) return <Alert severity="warning">{t("links.noPartner")}</Alert>;
  if (loading && !data) return <RouteFallback />;
  if (error || !data?.partner) return <LoadError title={t("links.loadFailed")} error={error ?? new Error("no data")} onRetry={reload} />;
  const links = data.partner.coCreations;
  if (links.length === 0) return <Typography color="text.secondary">{t("links.empty")}</Typography>;
  return (
    <Stack spacing={2}>
      <DoneStatus message={ended} />
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t("links.title")}>
          <TableHead>
            <TableRow>
              <TableCell>{t("links.commitment")}</TableCell>
              <TableCell>{t("find.role")}</TableCell>
              <TableCell>{t("links.status")}</TableCell>
              <TableCell>{t("links.answerLink")}</TableCell>
              <TableCell>{t("coCreationSupport.actions")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {links.map((link) => (
              <TableRow key={link.id}>
                <TableCell>{link.commitment?.title ?? t("links.hiddenCommitment")}</TableCell>
                <TableCell>{t(`coCreationRole.${link.role}`)}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" label={t(`coCreationStatus.${link.status}`)} />
                  {link.reason && (
                    <Typography variant="body2" color="text.secondary">
                      {link.reason}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  {link.status === "REQUESTED" && link.commitment ? (
                    <TextField
                      size="small"
                      fullWidth
                      label={t("links.sendToInstitution", { title: link.commitment.title })}
                      value={`${window.location.origin}${answerPath({
                        link: link.id,
                        commitment: link.commitment.id,
                        partner: data.partner?.id ?? "",
                      })}`}
                      slotProps={{ htmlInput: { readOnly: true, "data-answer-link": link.id } }}
                      onFocus={(event) => event.target.select()}
                    />
                  ) : null}
                </TableCell>
                <TableCell>
                  <LinkAction link={link} onEnded={setEnded} onReload={reload} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}

type Link = NonNullable<MyLinksQuery["partner"]>["coCreations"][number];

/** A live link ends, a pending request is withdrawn: the partner's side of "either side can end the link". */
function LinkAction({ link, onEnded, onReload }: { link: Link; onEnded: (message: string) => void; onReload: () => void }) {
  const { t } = useTranslation();
  if (link.status !== "REQUESTED" && link.status !== "ACTIVE") return null;
  const title = link.commitment?.title ?? t("links.hiddenCommitment");
  const requested = link.status === "REQUESTED";
  return (
    <EndCoCreation
      link={link}
      label={t(requested ? "coCreationSupport.withdrawOn" : "coCreationSupport.endOn", { title })}
      onEnded={() => {
        onEnded(t(requested ? "coCreationSupport.withdrawnOn" : "coCreationSupport.endedOn", { title }));
        onReload();
      }}
      onReload={onReload}
    />
  );
}
