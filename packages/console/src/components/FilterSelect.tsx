import MenuItem from "@mui/material/MenuItem";
import type { SxProps, Theme } from "@mui/material/styles";
import TextField from "@mui/material/TextField";

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  /** The filter's current value (from the URL); anything not among the options shows as "any". */
  value: string | null | undefined;
  /** The first choice, the empty value: the list is not narrowed by this filter. */
  anyLabel: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
  /** Its size in the filter bar; by default at least 180 px wide. */
  sx?: SxProps<Theme>;
}

/** One filter of a list: "any" or one of its options. Where the value is kept (the URL) is the page's business. */
export function FilterSelect({ label, value, anyLabel, options, onChange, sx = { minWidth: 180 } }: FilterSelectProps) {
  return (
    <TextField
      select
      label={label}
      value={options.some((option) => option.value === value) ? value : ""}
      onChange={(event) => onChange(event.target.value)}
      sx={sx}
    >
      <MenuItem value="">{anyLabel}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
