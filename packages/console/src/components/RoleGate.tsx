import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { RouteFallback } from "../app/RouteFallback";
import { useSession } from "../features/session/hooks/useSession";
import type { Role } from "../gql/graphql";

/** The support unit's roles: what most support pages are gated on. */
export const SUPPORT = ["SUPPORT_UNIT", "SUPPORT_UNIT_ADMIN"] as const;

export type Viewer = NonNullable<ReturnType<typeof useSession>["viewer"]>;

interface RoleGateProps {
  roles: readonly Role[];
  children: (viewer: Viewer) => ReactNode;
}

/** Renders the page for the roles it is meant for; asks visitors to sign in and tells others it is not theirs. */
export function RoleGate({ roles, children }: RoleGateProps) {
  const { t } = useTranslation();
  const { signedIn, viewer, loading } = useSession();
  if (!signedIn) {
    return (
      <Alert
        severity="info"
        action={
          <Button color="inherit" size="small" component={RouterLink} to="/sign-in">
            {t("session.signIn")}
          </Button>
        }
      >
        {t("access.signInFirst")}
      </Alert>
    );
  }
  if (loading || !viewer) return <RouteFallback />;
  if (!roles.includes(viewer.role)) return <Alert severity="warning">{t("access.notForYourRole")}</Alert>;
  return <>{children(viewer)}</>;
}
