/**
 * The open-data export's datasets: which list of the graph each one pages through, which fields it reads, and the
 * columns it writes (CSV header = JSON property names). Documented in docs/api.md; change both together.
 */

/** The licence of the published data (docs/api.md, "Licence"). */
export const DATA_LICENCE = {
  name: "Creative Commons Attribution 3.0 Unported (CC BY 3.0)",
  url: "https://creativecommons.org/licenses/by/3.0/",
  attribution: "Open Government Partnership / IRM data, via g0v/ogp-commitments",
} as const;

export type ColumnType = "string" | "integer" | "boolean";

export interface ExportColumn {
  name: string;
  description: string;
  type: ColumnType;
  /** Empty cell in CSV, `null` in JSON. */
  nullable: boolean;
  /** Enumerated values, when the column holds one of a GraphQL enum's. */
  enumType?: string;
  value(node: Record<string, unknown>): unknown;
}

export interface ExportDataset {
  /** Path segment: `/export/<name>.csv`. */
  name: string;
  title: string;
  /** Root list field (a Relay connection taking `first`, `after`, `filter`). */
  listField: string;
  /** Its filter input type; the query parameters are this type's fields. */
  filterType: string;
  /** The fields read from each node. */
  selection: string;
  columns: ExportColumn[];
}

type Node = Record<string, unknown>;
const field = (path: string) => (node: Node) =>
  path.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Node)[key] : undefined), node) ?? null;

const commitments: ExportDataset = {
  name: "commitments",
  title: "Commitments of the Open Gov Challenge",
  listField: "commitments",
  filterType: "CommitmentFilter",
  selection: `id ogpId title pathway status proposedAreaCode assignedAreaCode startDate endDate endsAfterChallenge
    hasActiveCoCreator publishedAt updatedAt member { ogpCode name } leadInstitution { id name }`,
  columns: [
    { name: "id", description: "The hub's id of the commitment.", type: "string", nullable: false, value: field("id") },
    {
      name: "ogp_id",
      description: 'OGP\'s id, e.g. "AL0002"; empty for commitments not from the IRM database.',
      type: "string",
      nullable: true,
      value: field("ogpId"),
    },
    { name: "title", description: "Title, in the language it was written in.", type: "string", nullable: false, value: field("title") },
    {
      name: "pathway",
      description: "How it entered the Challenge.",
      type: "string",
      nullable: false,
      enumType: "Pathway",
      value: field("pathway"),
    },
    {
      name: "status",
      description: "Where it is in its lifecycle.",
      type: "string",
      nullable: false,
      enumType: "CommitmentStatus",
      value: field("status"),
    },
    {
      name: "proposed_area",
      description: "Challenge area proposed by the member.",
      type: "string",
      nullable: true,
      enumType: "ChallengeAreaCode",
      value: field("proposedAreaCode"),
    },
    {
      name: "assigned_area",
      description: "Challenge area assigned by the support unit.",
      type: "string",
      nullable: true,
      enumType: "ChallengeAreaCode",
      value: field("assignedAreaCode"),
    },
    {
      name: "member_code",
      description: 'OGP code of the member, e.g. "ALB".',
      type: "string",
      nullable: false,
      value: field("member.ogpCode"),
    },
    { name: "member_name", description: "Name of the member.", type: "string", nullable: false, value: field("member.name") },
    {
      name: "lead_institution_id",
      description: "Id of the lead institution.",
      type: "string",
      nullable: true,
      value: field("leadInstitution.id"),
    },
    {
      name: "lead_institution",
      description: "Name of the lead institution (in the requested language).",
      type: "string",
      nullable: true,
      value: field("leadInstitution.name"),
    },
    { name: "start_date", description: "Planned start, ISO 8601 date.", type: "string", nullable: true, value: field("startDate") },
    { name: "end_date", description: "Planned end, ISO 8601 date.", type: "string", nullable: true, value: field("endDate") },
    {
      name: "ends_after_challenge",
      description: "Planned to end after 31 March 2028.",
      type: "boolean",
      nullable: false,
      value: field("endsAfterChallenge"),
    },
    {
      name: "has_active_co_creator",
      description: "A civil-society partner co-creates it now.",
      type: "boolean",
      nullable: false,
      value: field("hasActiveCoCreator"),
    },
    {
      name: "published_at",
      description: "When it was first submitted, ISO 8601.",
      type: "string",
      nullable: true,
      value: field("publishedAt"),
    },
    { name: "updated_at", description: "Last change, ISO 8601.", type: "string", nullable: false, value: field("updatedAt") },
  ],
};

const members: ExportDataset = {
  name: "members",
  title: "Members of the Open Government Partnership in the Open Gov Challenge",
  listField: "members",
  filterType: "MemberFilter",
  selection: "id ogpCode name type country region yearJoined status archived",
  columns: [
    { name: "id", description: "The hub's id of the member.", type: "string", nullable: false, value: field("id") },
    {
      name: "ogp_code",
      description: 'OGP code, e.g. "ALB" (national) or "BUE" (local).',
      type: "string",
      nullable: false,
      value: field("ogpCode"),
    },
    { name: "name", description: "Name of the member.", type: "string", nullable: false, value: field("name") },
    {
      name: "type",
      description: "National or local member.",
      type: "string",
      nullable: false,
      enumType: "MemberType",
      value: field("type"),
    },
    { name: "country", description: "ISO 3166-1 alpha-3 country code.", type: "string", nullable: true, value: field("country") },
    { name: "region", description: "OGP region.", type: "string", nullable: false, enumType: "Region", value: field("region") },
    { name: "year_joined", description: "Year it joined OGP.", type: "integer", nullable: true, value: field("yearJoined") },
    {
      name: "status",
      description: "Membership status.",
      type: "string",
      nullable: false,
      enumType: "MemberStatus",
      value: field("status"),
    },
    {
      name: "archived",
      description: "Archived (listed only with includeArchived=true).",
      type: "boolean",
      nullable: false,
      value: field("archived"),
    },
  ],
};

const institutions: ExportDataset = {
  name: "institutions",
  title: "Public institutions of members",
  listField: "institutions",
  filterType: "InstitutionFilter",
  selection: "id name names { en es fr } branch level archived member { ogpCode name }",
  columns: [
    { name: "id", description: "The hub's id of the institution.", type: "string", nullable: false, value: field("id") },
    {
      name: "name",
      description: "Name in the requested language (Accept-Language), else English.",
      type: "string",
      nullable: false,
      value: field("name"),
    },
    { name: "name_en", description: "Name in English, if it has one.", type: "string", nullable: true, value: field("names.en") },
    { name: "name_es", description: "Name in Spanish, if it has one.", type: "string", nullable: true, value: field("names.es") },
    { name: "name_fr", description: "Name in French, if it has one.", type: "string", nullable: true, value: field("names.fr") },
    {
      name: "branch",
      description: "Branch of government.",
      type: "string",
      nullable: false,
      enumType: "InstitutionBranch",
      value: field("branch"),
    },
    {
      name: "level",
      description: "Level of government.",
      type: "string",
      nullable: false,
      enumType: "InstitutionLevel",
      value: field("level"),
    },
    { name: "member_code", description: "OGP code of its member.", type: "string", nullable: false, value: field("member.ogpCode") },
    { name: "member_name", description: "Name of its member.", type: "string", nullable: false, value: field("member.name") },
    {
      name: "archived",
      description: "Archived (listed only with includeArchived=true).",
      type: "boolean",
      nullable: false,
      value: field("archived"),
    },
  ],
};

export const EXPORT_DATASETS: readonly ExportDataset[] = [commitments, members, institutions];

/**
 * The JSON Schema (draft 2020-12) of `/export/<name>.json`: an object with the licence, the filter applied, the total
 * and the rows. `enumValues` gives the values of each GraphQL enum a column holds, read from the served schema.
 */
export function jsonSchemaOf(dataset: ExportDataset, baseUrl: string, enumValues: (enumType: string) => string[] | undefined): object {
  const properties: Record<string, object> = {};
  for (const column of dataset.columns) {
    const values = column.enumType ? enumValues(column.enumType) : undefined;
    const type = column.nullable ? [column.type, "null"] : column.type;
    properties[column.name] = {
      description: column.description,
      type,
      ...(values ? { enum: column.nullable ? [...values, null] : values } : {}),
    };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${baseUrl}/export/${dataset.name}.schema.json`,
    title: dataset.title,
    type: "object",
    required: ["licence", "generatedAt", "filter", "totalCount", "columns", "rows"],
    properties: {
      licence: {
        type: "object",
        required: ["name", "url", "attribution"],
        properties: { name: { type: "string" }, url: { type: "string", format: "uri" }, attribution: { type: "string" } },
      },
      generatedAt: { type: "string", format: "date-time", description: "When the export started." },
      filter: { type: "object", description: `The ${dataset.filterType} applied, as given in the query parameters.` },
      totalCount: { type: "integer", minimum: 0, description: "Rows matching the filter when the export started." },
      columns: { type: "array", items: { type: "string" }, description: "The property names of each row, in CSV column order." },
      rows: {
        type: "array",
        items: { type: "object", additionalProperties: false, required: dataset.columns.map((c) => c.name), properties },
      },
    },
  };
}
