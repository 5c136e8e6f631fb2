import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { CommitmentEventKind, Role } from "../../../gql/graphql";
import { IRM_FIELDS } from "../../irm-rating/irm-fields";

export interface HistoryEvent {
  id: string;
  at: string;
  kind: CommitmentEventKind;
  actorRole?: Role | null;
  actor?: { displayName: string } | null;
  note?: string | null;
  /** `{ field: { from, to } }`, as the API records it (a JSON object). */
  changes: unknown;
}

interface HistoryTimelineProps {
  events: readonly HistoryEvent[];
  /** Names for the codes a change may hold: challenge areas and eligibility criteria, in the reader's language. */
  names: { areas: ReadonlyMap<string, string>; criteria: ReadonlyMap<string, string> };
}

const LONGEST_VALUE = 160;

/** A commitment's history, newest first: what kind of change, when, by whom (and in which role), what changed, why. */
export function HistoryTimeline({ events, names }: HistoryTimelineProps) {
  const { t, i18n } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="history-heading">
      <Typography variant="h6" component="h2" id="history-heading">
        {t("review.history")}
      </Typography>
      <List aria-labelledby="history-heading">
        {events.map((event) => {
          const who = [event.actor?.displayName, event.actorRole ? t(`roles.${event.actorRole}`) : null].filter(Boolean).join(", ");
          const changes = Object.entries(asObject(event.changes)).flatMap(([field, change]) => {
            const line = describeChange(t, names, event.kind, field, change);
            return line ? [line] : [];
          });
          return (
            <ListItem key={event.id} divider>
              <ListItemText
                primary={t(`historyKind.${event.kind}`)}
                secondary={
                  <>
                    {[new Date(event.at).toLocaleString(i18n.language), who || t("history.system")].join(" · ")}
                    {changes.map((line) => (
                      <Typography key={line} component="span" variant="body2" sx={{ display: "block" }}>
                        {line}
                      </Typography>
                    ))}
                    {event.note && (
                      <Typography component="span" variant="body2" sx={{ display: "block", fontStyle: "italic" }}>
                        {event.note}
                      </Typography>
                    )}
                  </>
                }
              />
            </ListItem>
          );
        })}
      </List>
    </Paper>
  );
}

function describeChange(
  t: TFunction,
  names: HistoryTimelineProps["names"],
  kind: CommitmentEventKind,
  field: string,
  change: unknown,
): string | null {
  if (!change || typeof change !== "object" || !("to" in change)) return null;
  const { from, to } = change as { from?: unknown; to?: unknown };
  const label = fieldLabel(t, names, field);
  // A reference (an institution, a partner, a member) is an id: saying which changed reads better than two ids.
  if (/Ids?$/.test(field) && field !== "ogpId") return t("history.referenceChanged", { field: label });
  const value = (raw: unknown) => describeValue(t, names, kind, field, raw);
  return from === undefined || from === null
    ? t("history.set", { field: label, to: value(to) })
    : t("history.changed", { field: label, from: value(from), to: value(to) });
}

function fieldLabel(t: TFunction, names: HistoryTimelineProps["names"], field: string): string {
  if (names.criteria.has(field)) return names.criteria.get(field) ?? field;
  if ((IRM_FIELDS as readonly string[]).includes(field)) return t(`irm.${field}` as "irm.completion");
  const key = `historyField.${field}`;
  // Fields without a label of their own are shown as the API names them: data, not an interface text.
  return t(key as "historyField.title", { defaultValue: field });
}

function describeValue(t: TFunction, names: HistoryTimelineProps["names"], kind: CommitmentEventKind, field: string, raw: unknown): string {
  if (raw === null || raw === undefined || raw === "") return t("history.empty");
  if (Array.isArray(raw)) return raw.map((item) => describeValue(t, names, kind, field, item)).join(", ");
  if (typeof raw === "object") return clip(JSON.stringify(raw));
  const text = String(raw);
  const named = (prefix: string) => t(`${prefix}.${text}` as "status.DRAFT", { defaultValue: text });
  if (field === "status") {
    if (kind === "MILESTONE_ADDED" || kind === "MILESTONE_CHANGED") return named("milestoneStatus");
    if (kind === "CO_CREATION_LINKED" || kind === "CO_CREATION_ENDED") return named("coCreationStatus");
    return named("status");
  }
  if (field === "role") return named("coCreationRole");
  if (field === "pathway") return named("pathway");
  if (field === "reviewCycle") return named("reviewKind");
  if (field === "completion" && kind === "PROGRESS_REPORTED") return named("completion");
  if (field === "assignedAreaCode" || field === "proposedAreaCode" || field === "suggestedAreas") return names.areas.get(text) ?? text;
  if (names.criteria.has(field)) return named("outcome");
  if ((IRM_FIELDS as readonly string[]).includes(field)) return named("irmValue");
  return clip(text);
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function clip(text: string): string {
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}
