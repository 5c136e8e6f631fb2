import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useTranslation } from "react-i18next";
import { AreaCard, type ChallengeAreaItem } from "./AreaCard";
import { areaGridSx } from "./areaGrid";

/** The areas in their official order, as a list so screen readers announce "list, 10 items". */
export function AreaList({ areas }: { areas: readonly ChallengeAreaItem[] }) {
  const { t } = useTranslation();
  if (areas.length === 0) {
    return <Typography>{t("areas.empty")}</Typography>;
  }
  const ordered = [...areas].sort((a, b) => a.position - b.position);
  return (
    <Box component="ul" aria-label={t("areas.list")} sx={areaGridSx}>
      {ordered.map((area) => (
        <li key={area.code}>
          <AreaCard area={area} />
        </li>
      ))}
    </Box>
  );
}
