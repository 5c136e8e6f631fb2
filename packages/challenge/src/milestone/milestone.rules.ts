import { type AuditSpec, freshRecord } from "@ogc/kit";
import { MilestoneStatus } from "../shared/enums.js";
import { enumValue, isoDate, optionalText, requiredText } from "../shared/validation.js";
import { MILESTONE_FIELDS, Milestone } from "./milestone.entity.js";

/** What a milestone is made from; `undefined` keeps the stored value, `null` clears an optional one. */
export interface MilestoneDraft {
  title?: string | null;
  expectedOutput?: string | null;
  dueDate?: string | null;
  status?: MilestoneStatus | string | null;
}

export const MILESTONE_AUDIT: AuditSpec<Milestone> = { entityType: "Milestone", fields: MILESTONE_FIELDS };

/** Builds a milestone on top of `existing` (null: new, placed at `place`); `path` prefixes the field names of errors. */
export function buildMilestone(
  draft: MilestoneDraft,
  existing: Milestone | null,
  place: { commitmentId: string; position: number },
  path = "",
): Milestone {
  const field = (name: string) => (path ? `${path}.${name}` : name);
  const dueDate = draft.dueDate === undefined && existing ? existing.dueDate : draft.dueDate;
  return Object.assign(new Milestone(), existing ?? { ...freshRecord(), commitmentId: place.commitmentId, position: place.position }, {
    title: requiredText(draft.title ?? existing?.title, field("title"), "The milestone's title", 300),
    expectedOutput: optionalText(
      draft.expectedOutput === undefined && existing ? existing.expectedOutput : draft.expectedOutput,
      field("expectedOutput"),
      "The expected output",
      5000,
    ),
    dueDate: dueDate ? isoDate(dueDate, field("dueDate"), "The due date") : null,
    status: enumValue(MilestoneStatus, draft.status ?? existing?.status ?? MilestoneStatus.PLANNED, field("status"), "milestone status"),
  });
}
