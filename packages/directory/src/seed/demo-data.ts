import { LoaderRegistry, today } from "@ogc/kit";
import type { DataSource } from "typeorm";
import type { ActionPlanUpsertDraft } from "../action-plan/action-plan.service.js";
import { Directory } from "../directory.js";
import { Institution } from "../institution/institution.entity.js";
import type { InstitutionUpsertDraft } from "../institution/institution.service.js";
import { Member } from "../member/member.entity.js";
import type { MemberDraft } from "../member/member.service.js";
import { Partner } from "../partner/partner.entity.js";
import type { PartnerDraft } from "../partner/partner.service.js";
import { InstitutionBranch, InstitutionLevel, MemberStatus, MemberType, PartnerKind, Region } from "../shared/enums.js";

/**
 * Demo data: real OGP members, plans and organisations (codes and plan ids as in the IRM data), with fictional
 * contact persons at example.org. Loaded only into an empty directory, so it never touches real data.
 */
const members: MemberDraft[] = [
  { ogpCode: "ALB", name: "Albania", type: MemberType.NATIONAL, country: "ALB", region: Region.EUROPE, yearJoined: 2011 },
  { ogpCode: "ARG", name: "Argentina", type: MemberType.NATIONAL, country: "ARG", region: Region.AMERICAS, yearJoined: 2012 },
  { ogpCode: "GHA", name: "Ghana", type: MemberType.NATIONAL, country: "GHA", region: Region.AFRICA_AND_MIDDLE_EAST, yearJoined: 2011 },
  { ogpCode: "PHL", name: "Philippines", type: MemberType.NATIONAL, country: "PHL", region: Region.ASIA_AND_PACIFIC, yearJoined: 2011 },
  { ogpCode: "ARBA", name: "Buenos Aires, Argentina", type: MemberType.LOCAL, country: "ARG", region: Region.AMERICAS, yearJoined: 2016 },
  { ogpCode: "GBSC", name: "Scotland, United Kingdom", type: MemberType.LOCAL, country: "GBR", region: Region.EUROPE, yearJoined: 2016 },
  { ogpCode: "XKX", name: "Kosovo", type: MemberType.OTHER, country: "XKX", region: Region.EUROPE, status: MemberStatus.ACTIVE },
];

const { EXECUTIVE, LEGISLATIVE, JUDICIAL, INDEPENDENT } = InstitutionBranch;
const { NATIONAL, SUBNATIONAL, LOCAL } = InstitutionLevel;

const institutions: InstitutionUpsertDraft[] = [
  { memberCode: "ALB", name: { en: "Ministry of Justice", fr: "Ministère de la Justice" }, branch: EXECUTIVE, level: NATIONAL },
  { memberCode: "ALB", name: { en: "Assembly of the Republic of Albania" }, branch: LEGISLATIVE, level: NATIONAL },
  {
    memberCode: "ALB",
    name: { en: "Commissioner for the Right to Information and Personal Data Protection" },
    branch: INDEPENDENT,
    level: NATIONAL,
  },
  {
    memberCode: "ARG",
    name: { en: "Chief of Cabinet of Ministers", es: "Jefatura de Gabinete de Ministros" },
    branch: EXECUTIVE,
    level: NATIONAL,
  },
  { memberCode: "ARG", name: { es: "Honorable Cámara de Diputados de la Nación" }, branch: LEGISLATIVE, level: NATIONAL },
  { memberCode: "ARG", name: { es: "Corte Suprema de Justicia de la Nación" }, branch: JUDICIAL, level: NATIONAL },
  { memberCode: "ARG", name: { es: "Gobierno de la Provincia de Mendoza" }, branch: EXECUTIVE, level: SUBNATIONAL },
  { memberCode: "GHA", name: { en: "Ministry of Information" }, branch: EXECUTIVE, level: NATIONAL },
  { memberCode: "GHA", name: { en: "Right to Information Commission" }, branch: INDEPENDENT, level: NATIONAL },
  { memberCode: "GHA", name: { en: "Judicial Service of Ghana" }, branch: JUDICIAL, level: NATIONAL },
  { memberCode: "GHA", name: { en: "Sekondi-Takoradi Metropolitan Assembly" }, branch: EXECUTIVE, level: LOCAL },
  { memberCode: "PHL", name: { en: "Department of Budget and Management" }, branch: EXECUTIVE, level: NATIONAL },
  { memberCode: "ARBA", name: { es: "Legislatura de la Ciudad Autónoma de Buenos Aires" }, branch: LEGISLATIVE, level: LOCAL },
  {
    memberCode: "ARBA",
    name: { es: "Secretaría de Innovación y Transformación Digital", en: "Secretariat of Innovation and Digital Transformation" },
    branch: EXECUTIVE,
    level: LOCAL,
  },
  { memberCode: "GBSC", name: { en: "Scottish Government" }, branch: EXECUTIVE, level: SUBNATIONAL },
  { memberCode: "GBSC", name: { en: "Scottish Parliament" }, branch: LEGISLATIVE, level: SUBNATIONAL },
  { memberCode: "XKX", name: { en: "Office of the Prime Minister" }, branch: EXECUTIVE, level: NATIONAL },
];

const partners: PartnerDraft[] = [
  { name: "Poder Ciudadano", kind: PartnerKind.CIVIL_SOCIETY, country: "ARG", website: "https://poderciudadano.org" },
  { name: "Institute for Democracy and Mediation", kind: PartnerKind.CIVIL_SOCIETY, country: "ALB", website: "https://idmalbania.org" },
  { name: "Penplusbytes", kind: PartnerKind.CIVIL_SOCIETY, country: "GHA" },
  { name: "University of Ghana", kind: PartnerKind.ACADEMIA, country: "GHA", website: "https://www.ug.edu.gh" },
  { name: "Cámara Argentina de Comercio y Servicios", kind: PartnerKind.PRIVATE_SECTOR, country: "ARG" },
  { name: "United Nations Development Programme", kind: PartnerKind.MULTILATERAL, website: "https://www.undp.org" },
  { name: "Balkan Investigative Reporting Network", kind: PartnerKind.MEDIA, country: "ALB" },
  { name: "Open Knowledge Foundation", kind: PartnerKind.OTHER, country: "GBR", website: "https://okfn.org" },
];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Ghana's fifth plan (2023-2027, four years) with an amendment window around today, kept inside the plan. */
function ghanaPlan(): ActionPlanUpsertDraft {
  const [startDate, endDate] = ["2023-09-01", "2027-08-31"];
  const day = today();
  const running = startDate <= day && day <= endDate;
  // ISO dates sort as text: the window is a month before today to four months after, clipped to the plan.
  const opensOn = running ? ([startDate, addDays(day, -30)].sort()[1] as string) : addDays(endDate, -60);
  const closesOn = running ? ([endDate, addDays(day, 120)].sort()[0] as string) : endDate;
  return {
    ogpId: "AP_GHA05",
    memberCode: "GHA",
    number: 5,
    startDate,
    endDate,
    lengthYears: 4,
    midwayRefreshOn: "2025-09-01",
    status: running ? "IN_IMPLEMENTATION" : "ENDED",
    amendmentWindow: { opensOn, closesOn },
  };
}

const endedPlans: ActionPlanUpsertDraft[] = [
  { ogpId: "AP_ALB06", memberCode: "ALB", number: 6, startDate: "2023-01-01", endDate: "2025-12-31", lengthYears: 2, status: "ENDED" },
  { ogpId: "AP_ARG04", memberCode: "ARG", number: 4, startDate: "2019-09-01", endDate: "2022-08-31", lengthYears: 3, status: "ENDED" },
  { ogpId: "AP_ARBA02", memberCode: "ARBA", number: 2, startDate: "2018-09-01", endDate: "2020-08-31", lengthYears: 2, status: "ENDED" },
  { ogpId: "AP_GBSC02", memberCode: "GBSC", number: 2, startDate: "2018-01-01", endDate: "2020-12-31", lengthYears: 2, status: "ENDED" },
  { ogpId: "AP_XKX01", memberCode: "XKX", number: 1, startDate: "2023-01-01", endDate: "2025-12-31", lengthYears: 2, status: "ENDED" },
];

export interface SeedSummary {
  members: number;
  institutions: number;
  partners: number;
  actionPlans: number;
  contacts: number;
}

/**
 * Loads the demo data into an empty directory and says what it loaded; does nothing (returns null) when the
 * directory already has members, so it is safe to run on every start. Writes go through the services, audited as the system.
 */
export async function seedDirectoryDemoData(dataSource: DataSource): Promise<SeedSummary | null> {
  if ((await dataSource.getRepository(Member).count()) > 0) return null;
  const directory = new Directory(dataSource, new LoaderRegistry(), { viewer: null, requestId: "seed-demo-data" });
  for (const [what, result] of [
    ["members", await directory.members.upsert(members)],
    ["institutions", await directory.institutions.upsert(institutions)],
    ["partners", await directory.partners.upsert(partners)],
    ["action plans", await directory.actionPlans.upsert([...endedPlans, ghanaPlan()])],
  ] as const) {
    if (!result.committed) throw new Error(`demo ${what} were refused: ${JSON.stringify(result.rows.filter((row) => row.error))}`);
  }
  let contacts = 0;
  for (const institution of await dataSource.getRepository(Institution).find({ order: { primaryName: "ASC" } })) {
    contacts += 1;
    await directory.contacts.add({
      institutionId: institution.id,
      name: `Demo Officer ${contacts}`,
      email: `officer${contacts}@example.org`,
      phone: `+1 555 010 ${String(contacts).padStart(4, "0")}`,
    });
  }
  for (const partner of await dataSource.getRepository(Partner).find({ order: { name: "ASC" } })) {
    contacts += 1;
    await directory.contacts.add({
      partnerId: partner.id,
      name: `Demo Partner Contact ${contacts}`,
      email: `partner${contacts}@example.org`,
    });
  }
  return {
    members: members.length,
    institutions: institutions.length,
    partners: partners.length,
    actionPlans: endedPlans.length + 1,
    contacts,
  };
}
