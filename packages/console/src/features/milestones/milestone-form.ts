import type { MilestoneStatus } from "../../gql/graphql";

/** The milestone fields a person types; the same shape adds a milestone and edits one. */
export interface MilestoneFields {
  title: string;
  expectedOutput: string;
  dueDate: string;
  status: MilestoneStatus;
}

export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ["PLANNED", "IN_PROGRESS", "DONE", "DELAYED", "CANCELLED"];

export const emptyMilestone = (): MilestoneFields => ({ title: "", expectedOutput: "", dueDate: "", status: "PLANNED" });

/** The fields the API names in its errors about a milestone; shown next to those fields. */
export const MILESTONE_FIELDS = ["title", "expectedOutput", "dueDate", "status"] as const;

export function validateMilestone(fields: MilestoneFields): Partial<Record<keyof MilestoneFields, "required">> {
  return fields.title.trim() ? {} : { title: "required" };
}

/** The API input for these fields: empty optional fields are cleared (`null`). */
export function milestoneInput(fields: MilestoneFields) {
  return {
    title: fields.title.trim(),
    expectedOutput: fields.expectedOutput.trim() || null,
    dueDate: fields.dueDate || null,
    status: fields.status,
  };
}
