import { useMutation } from "@apollo/client/react";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql } from "../../../gql";
import type { Pathway, RecordIrmRatingInput } from "../../../gql/graphql";
import { type ApiProblem, fieldError, toApiProblem } from "../../errors/api-problem";
import { ApiErrorAlert } from "../../errors/components/ApiErrorAlert";
import { IRM_FIELDS, IRM_GROUPS, type IrmField, type IrmValue } from "../irm-fields";

export const recordIrmRatingMutation = graphql(`
  mutation RecordIrmRating($input: RecordIrmRatingInput!) {
    recordIrmRating(input: $input) {
      id
      version
    }
  }
`);

export type IrmRatingValues = Record<IrmField, IrmValue> & { version: number };

interface IrmRatingSectionProps {
  commitment: { id: string; pathway: Pathway; irmRating?: IrmRatingValues | null };
  /** Reads the page again: after a save (the rating and the history change) and after a conflict. */
  onReload: () => unknown;
}

/**
 * The IRM's assessments of an action-plan commitment, every one of them, and the support unit's form to record or
 * correct them (imports record them too). Standalone commitments self-report progress and are not rated.
 */
export function IrmRatingSection({ commitment, onReload }: IrmRatingSectionProps) {
  const { t } = useTranslation();
  const rating = commitment.irmRating ?? null;
  const [editing, setEditing] = useState(false);
  const rateable = commitment.pathway === "ACTION_PLAN";
  // Once the form closes (saved or cancelled), the keyboard goes back to the button that opened it.
  const toggle = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) toggle.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="irm-heading">
      <Typography variant="h6" component="h2" id="irm-heading" gutterBottom>
        {t("review.irm")}
      </Typography>
      {!rateable && <Typography color="text.secondary">{t("irmRating.standalone")}</Typography>}
      {rateable && editing && (
        <IrmRatingForm
          // A reload after a conflict brings a new version: the form starts again from what is now recorded.
          key={rating?.version ?? 0}
          commitmentId={commitment.id}
          rating={rating}
          onDone={async (saved) => {
            if (saved) await onReload();
            setEditing(false);
          }}
          onReload={onReload}
        />
      )}
      {rateable && !editing && (
        <Stack spacing={2}>
          {rating ? <IrmRatingTable rating={rating} /> : <Typography color="text.secondary">{t("review.noIrm")}</Typography>}
          <div>
            <Button ref={toggle} variant="outlined" onClick={() => setEditing(true)}>
              {rating ? t("irmRating.change") : t("irmRating.record")}
            </Button>
          </div>
        </Stack>
      )}
    </Paper>
  );
}

function IrmRatingTable({ rating }: { rating: IrmRatingValues }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      {IRM_GROUPS.map(({ group, fields }) => (
        <div key={group}>
          <Typography variant="subtitle1" component="h3" id={`irm-${group}`}>
            {t(`irmRating.group.${group}`)}
          </Typography>
          <Table size="small" aria-labelledby={`irm-${group}`}>
            <TableBody>
              {fields.map(({ key }) => (
                <TableRow key={key}>
                  <TableCell component="th" scope="row" sx={{ width: "60%" }}>
                    {t(`irm.${key}`)}
                  </TableCell>
                  <TableCell>{t(`irmValue.${rating[key]}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </Stack>
  );
}

interface IrmRatingFormProps {
  commitmentId: string;
  rating: IrmRatingValues | null;
  onDone: (saved: boolean) => Promise<void>;
  onReload: () => unknown;
}

function IrmRatingForm({ commitmentId, rating, onDone, onReload }: IrmRatingFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<IrmField, IrmValue>>(
    () => Object.fromEntries(IRM_FIELDS.map((key) => [key, rating?.[key] ?? "NOT_REVIEWED"])) as Record<IrmField, IrmValue>,
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [record, { loading }] = useMutation(recordIrmRatingMutation);
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      aria-label={rating ? t("irmRating.change") : t("irmRating.record")}
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(null);
        try {
          const input = { ...values, commitmentId, version: rating?.version ?? null } as RecordIrmRatingInput;
          await record({ variables: { input } });
          await onDone(true);
        } catch (error) {
          setProblem(toApiProblem(error));
        }
      }}
    >
      {IRM_GROUPS.map(({ group, fields }) => (
        <Stack key={group} component="fieldset" spacing={1} sx={{ border: 0, p: 0, m: 0 }}>
          <Typography variant="subtitle1" component="legend" sx={{ mb: 1 }}>
            {t(`irmRating.group.${group}`)}
          </Typography>
          <Grid container spacing={2}>
            {fields.map(({ key, values: options }) => {
              const error = fieldError(problem, key);
              return (
                <Grid key={key} size={{ xs: 12, sm: 6, md: 4 }}>
                  <TextField
                    select
                    fullWidth
                    label={t(`irm.${key}`)}
                    value={values[key]}
                    onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value as IrmValue }))}
                    error={Boolean(error)}
                    helperText={error}
                  >
                    {options.map((option) => (
                      <MenuItem key={option} value={option}>
                        {t(`irmValue.${option}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                </Grid>
              );
            })}
          </Grid>
        </Stack>
      ))}
      <ApiErrorAlert problem={problem} onReload={onReload} shownFields={IRM_FIELDS} />
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="contained" disabled={loading}>
          {t("irmRating.save")}
        </Button>
        <Button onClick={() => void onDone(false)} disabled={loading}>
          {t("irmRating.cancel")}
        </Button>
      </Stack>
    </Stack>
  );
}
