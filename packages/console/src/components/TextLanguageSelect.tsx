import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { useTranslation } from "react-i18next";
import type { Locale } from "../gql/graphql";

const LOCALES: readonly Locale[] = ["EN", "ES", "FR"];

interface TextLanguageSelectProps {
  label: string;
  value: Locale;
  onChange: (value: Locale) => void;
  /** The message to show under the select, if any. */
  error?: string | undefined;
}

/** The language a text (a commitment, a story) is written in: one of the hub's three. */
export function TextLanguageSelect({ label, value, onChange, error }: TextLanguageSelectProps) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as Locale)}
      error={Boolean(error)}
      helperText={error}
      sx={{ maxWidth: 240 }}
    >
      {LOCALES.map((locale) => (
        <MenuItem key={locale} value={locale}>
          {t(`locale.${locale}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
