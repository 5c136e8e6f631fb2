import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DoneStatus } from "../../../components/DoneStatus";
import { graphql } from "../../../gql";
import type { CoCreatorLinkFragment } from "../../../gql/graphql";
import { EndCoCreation } from "./EndCoCreation";

/** What the section reads of each co-creation link: the commitment pages spread it into their queries. */
export const coCreatorLinkFields = graphql(`
  fragment CoCreatorLink on CoCreationLink {
    id
    version
    role
    status
    partner {
      id
      name
    }
  }
`);

interface CoCreatorsSectionProps {
  coCreators: readonly CoCreatorLinkFragment[];
  /** Whether the viewer may end a link: an officer of the lead institution, or the support unit (DOMAIN rule 5). */
  canEnd: boolean;
  onReload: () => unknown;
}

/** A commitment's active co-creators, each link ended after confirming by those who may. */
export function CoCreatorsSection({ coCreators, canEnd, onReload }: CoCreatorsSectionProps) {
  const { t } = useTranslation();
  // An ended link leaves the list: say what happened to it.
  const [ended, setEnded] = useState<string | null>(null);
  return (
    <Paper variant="outlined" component="section" aria-labelledby="co-creators-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h5" component="h2" id="co-creators-heading" gutterBottom>
        {t("coCreationSupport.coCreators")}
      </Typography>
      <DoneStatus message={ended} />
      {coCreators.length === 0 ? (
        <Typography color="text.secondary">{t("coCreationSupport.noCoCreators")}</Typography>
      ) : (
        <List aria-labelledby="co-creators-heading">
          {coCreators.map((link) => (
            <ListItem key={link.id} divider sx={{ flexWrap: "wrap", gap: 1 }}>
              <ListItemText
                primary={t("coCreationSupport.coCreator", { partner: link.partner.name, role: t(`coCreationRole.${link.role}`) })}
                slotProps={{ primary: { sx: { overflowWrap: "anywhere" } } }}
              />
              {canEnd && (
                <EndCoCreation
                  link={link}
                  label={t("coCreationSupport.endWith", { partner: link.partner.name })}
                  onEnded={() => {
                    setEnded(t("coCreationSupport.ended", { partner: link.partner.name }));
                    onReload();
                  }}
                  onReload={onReload}
                />
              )}
            </ListItem>
          ))}
        </List>
      )}
    </Paper>
  );
}
