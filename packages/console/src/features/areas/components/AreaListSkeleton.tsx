import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Skeleton from "@mui/material/Skeleton";
import { useTranslation } from "react-i18next";
import { visuallyHidden } from "../../../components/visuallyHidden";
import { areaGridSx } from "./areaGrid";

const PLACEHOLDERS = Array.from({ length: 10 }, (_, index) => index);

/** Placeholder cards in the shape of the list; assistive technology hears one status message instead. */
export function AreaListSkeleton() {
  const { t } = useTranslation();
  return (
    <div>
      <Box role="status" sx={visuallyHidden}>
        {t("areas.loading")}
      </Box>
      <Box aria-hidden="true" sx={areaGridSx}>
        {PLACEHOLDERS.map((index) => (
          <Card key={index} variant="outlined">
            <CardContent>
              <Skeleton width="30%" />
              <Skeleton variant="text" sx={{ fontSize: "1.25rem" }} width="70%" />
              <Skeleton />
              <Skeleton width="85%" />
            </CardContent>
          </Card>
        ))}
      </Box>
    </div>
  );
}
