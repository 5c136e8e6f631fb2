import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import type { ChallengeAreaCode } from "../../../gql/graphql";

interface AreaSelectProps {
  label: string;
  value: string;
  areas: readonly { code: ChallengeAreaCode; name: string; position: number }[];
  onChange: (value: string) => void;
  /** Text of the empty choice; no empty choice when omitted. */
  emptyLabel?: string;
  error?: string | undefined;
  required?: boolean;
  name?: string;
}

export function AreaSelect({ label, value, areas, onChange, emptyLabel, error, required, name }: AreaSelectProps) {
  return (
    <TextField
      select
      label={label}
      name={name}
      // Until the areas are loaded there is no name to show for a chosen code (and MUI warns about an unknown value).
      value={areas.some((area) => area.code === value) ? value : ""}
      required={required}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error}
      sx={{ minWidth: 220 }}
    >
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {[...areas]
        .sort((a, b) => a.position - b.position)
        .map((area) => (
          <MenuItem key={area.code} value={area.code}>
            {area.name}
          </MenuItem>
        ))}
    </TextField>
  );
}
