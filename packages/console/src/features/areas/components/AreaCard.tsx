import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import type { ChallengeAreasQuery } from "../../../gql/graphql";

export type ChallengeAreaItem = ChallengeAreasQuery["challengeAreas"][number];

/** One challenge area: its place in the official list, its name and the challenge's prompt. */
export function AreaCard({ area }: { area: ChallengeAreaItem }) {
  const { t } = useTranslation();
  const headingId = `area-${area.code}`;
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId} sx={{ height: "100%" }}>
      <CardContent>
        <Typography variant="overline" component="p" color="text.secondary">
          {t("areas.position", { position: area.position })}
        </Typography>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>
          {area.name}
        </Typography>
        <Typography variant="body2">{area.description}</Typography>
      </CardContent>
    </Card>
  );
}
