import Chip from "@mui/material/Chip";
import { useTranslation } from "react-i18next";
import type { CommitmentStatus } from "../../../gql/graphql";

const COLORS: Record<CommitmentStatus, "grey" | "info" | "warning" | "success" | "error"> = {
  DRAFT: "grey",
  SUBMITTED: "info",
  UNDER_REVIEW: "warning",
  ELIGIBLE: "success",
  NOT_ELIGIBLE: "error",
  IN_PROGRESS: "info",
  COMPLETED: "success",
  WITHDRAWN: "grey",
};

/** The status in words; the colour is only on the border, as coloured text is too faint on light backgrounds (WCAG 1.4.3). */
export function StatusChip({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  const color = COLORS[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      label={t(`status.${status}`)}
      sx={{ borderColor: color === "grey" ? "divider" : `${color}.main`, borderWidth: 2 }}
    />
  );
}
