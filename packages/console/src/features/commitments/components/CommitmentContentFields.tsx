import WarningAmber from "@mui/icons-material/WarningAmber";
import Box from "@mui/material/Box";
import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useTranslation } from "react-i18next";
import { TextLanguageSelect } from "../../../components/TextLanguageSelect";
import { graphql } from "../../../gql";
import type { ChallengeAreaCode, OpenGovernmentValue } from "../../../gql/graphql";
import { formatDay } from "../../review/review-window";
import { CHALLENGE_ENDS_ON, endsAfterChallenge } from "../challenge-end";
import type { CommitmentContent } from "../commitment-draft";
import { AreaSelect } from "./AreaSelect";

/** The choices the content fields offer, in the reader's language; spread into the query of each form that shows them. */
export const commitmentContentChoicesFields = graphql(`
  fragment CommitmentContentChoices on Query {
    challengeAreas {
      code
      position
      name(locale: $locale)
    }
    openGovernmentValues {
      code
      name(locale: $locale)
    }
  }
`);

interface CommitmentContentFieldsProps {
  value: CommitmentContent;
  onChange: <K extends keyof CommitmentContent>(field: K, value: CommitmentContent[K]) => void;
  /** The message to show under a field, if any: the form's own check or the server's refusal. */
  error: (field: keyof CommitmentContent) => string | undefined;
  /** The person left a field: its own check may show from now on. */
  onBlur: (field: keyof CommitmentContent) => void;
  areas: readonly { code: ChallengeAreaCode; name: string; position: number }[];
  openGovernmentValues: readonly { code: OpenGovernmentValue; name: string }[];
}

/**
 * What a commitment says: title, summary, problem, reform, expected results, proposed area, values, language and planned
 * period. One set of fields for the new-commitment form and for correcting a commitment later.
 */
export function CommitmentContentFields({ value, onChange, error, onBlur, areas, openGovernmentValues }: CommitmentContentFieldsProps) {
  const { t, i18n } = useTranslation();
  // Allowed but flagged to the support unit (rule 8): said under the field, never in the way of submitting.
  const lateEnd = endsAfterChallenge(value.endDate) ? (
    <Box component="span" sx={{ display: "inline-flex", gap: 0.5, alignItems: "flex-start" }}>
      <WarningAmber fontSize="inherit" sx={{ color: "warning.main", mt: "2px" }} />
      {t("newCommitment.endsAfterChallenge", { date: formatDay(CHALLENGE_ENDS_ON, i18n.language) })}
    </Box>
  ) : undefined;
  const text = (field: "title" | "summary" | "problem" | "reform" | "expectedResults", multiline = false, required = false) => (
    <TextField
      label={t(`newCommitment.${field}`)}
      name={field}
      value={value[field]}
      required={required}
      multiline={multiline}
      minRows={multiline ? 3 : undefined}
      onChange={(event) => onChange(field, event.target.value)}
      onBlur={() => onBlur(field)}
      error={Boolean(error(field))}
      helperText={error(field)}
    />
  );
  return (
    <>
      {text("title", false, true)}
      {text("summary", true, true)}
      {text("problem", true)}
      {text("reform", true)}
      {text("expectedResults", true)}
      <AreaSelect
        label={t("newCommitment.proposedArea")}
        name="proposedArea"
        required
        value={value.proposedArea}
        areas={areas}
        onChange={(area) => onChange("proposedArea", area as CommitmentContent["proposedArea"])}
        error={error("proposedArea")}
      />
      <FormControl component="fieldset" error={Boolean(error("values"))} required>
        <FormLabel component="legend">{t("newCommitment.values")}</FormLabel>
        <FormGroup row>
          {openGovernmentValues.map((option) => (
            <FormControlLabel
              key={option.code}
              label={option.name}
              control={
                <Checkbox
                  checked={value.values.includes(option.code)}
                  onChange={(event) => {
                    onChange(
                      "values",
                      event.target.checked ? [...value.values, option.code] : value.values.filter((v) => v !== option.code),
                    );
                    onBlur("values");
                  }}
                />
              }
            />
          ))}
        </FormGroup>
        {error("values") && <FormHelperText>{error("values")}</FormHelperText>}
      </FormControl>
      <TextLanguageSelect
        label={t("newCommitment.language")}
        value={value.language}
        onChange={(language) => onChange("language", language)}
        error={error("language")}
      />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        {(["startDate", "endDate"] as const).map((field) => (
          <TextField
            key={field}
            label={t(`newCommitment.${field}`)}
            name={field}
            type="date"
            required
            value={value[field]}
            onChange={(event) => onChange(field, event.target.value)}
            onBlur={() => onBlur(field)}
            error={Boolean(error(field))}
            helperText={error(field) ?? (field === "endDate" ? lateEnd : undefined)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ))}
      </Stack>
    </>
  );
}
