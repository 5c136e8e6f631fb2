import CategoryOutlined from "@mui/icons-material/CategoryOutlined";
import type SvgIcon from "@mui/material/SvgIcon";

export interface NavigationItem {
  path: string;
  /** Key under `nav.` in the locale files. */
  label: "areas";
  icon: typeof SvgIcon;
}

/** The drawer's sections, in order. A new section is one line here (plus its route and its `nav.*` texts). */
export const NAVIGATION: readonly NavigationItem[] = [{ path: "/areas", label: "areas", icon: CategoryOutlined }];
