import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../review/review-window";
import { CHALLENGE_ENDS_ON } from "../challenge-end";
import type { CommitmentFlag } from "../flags";

/** Each flag in words; the warning colour is only on the border, like the status chip (WCAG 1.4.1 and 1.4.3). */
export function FlagChips({ flags }: { flags: readonly CommitmentFlag[] }) {
  const { t, i18n } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
      {flags.map((flag) => (
        <Chip
          key={flag}
          size="small"
          variant="outlined"
          label={t(`flags.${flag}`, { date: formatDay(CHALLENGE_ENDS_ON, i18n.language) })}
          sx={{ borderColor: "warning.main", borderWidth: 2 }}
        />
      ))}
    </Stack>
  );
}
