/**
 * The lead and supporting institution cells name several bodies in free text ("A - B", "A, B and C", bullets, line
 * breaks), public bodies and civil-society organisations mixed. This splits them into names and tells a public
 * institution (and its branch) from a partner (and its kind) by the words in the name. The rules are deliberately
 * plain: a lead body is always a public institution (OGP's rule); a supporting body is a public institution when its name has a
 * word of government (ministry, agency, office, parliament, ...), else a partner: of the kind its words say, or OTHER.
 * The support unit can correct a classification afterwards, and a re-import keeps its correction.
 */

export type Branch = "EXECUTIVE" | "LEGISLATIVE" | "JUDICIAL" | "INDEPENDENT";
export type PartnerKind = "CIVIL_SOCIETY" | "ACADEMIA" | "PRIVATE_SECTOR" | "MULTILATERAL" | "MEDIA" | "OTHER";
export type Language = "en" | "es" | "fr";

export type Organisation =
  | { type: "institution"; name: string; language: Language; branch: Branch }
  | { type: "partner"; name: string; language: Language; kind: PartnerKind };

/** Longest name the directory keeps; longer pieces are sentences, not names. */
const MAX_NAME = 200;
const MAX_WORDS = 20;

/** Pieces that are contact details (a phone number, an e-mail address), not a body. */
const CONTACT = /\+?\d[\d\s-]{7,}|@|\bhttps?:/;

/** Pieces that describe a group of bodies rather than name one. */
const GENERIC =
  /^(?:and$|or$|and |or |other |others|all |any |various |several |relevant |interested |line ministries|civil society(?: organi[sz]ations?| entities| actors)?$|cso'?s?$|ngos?$|organi[sz]ations? |private sector$|academia$|media$|citizens|etc\.?$|n\/?a$|nd$|none$|tbd$)/i;

const MULTILATERAL =
  /\b(?:united nations|undp|unicef|unesco|unodc|un women|world bank|oecd|european union|european commission|council of europe|osce|usaid|giz|inter-american|iadb|idb|african development bank|asian development bank|imf|international monetary fund|open government partnership|ogp support unit)\b/i;
const ACADEMIA =
  /\b(?:universit(?:y|ies)|universidad|universit[ée]|college|academy|academia|research (?:institute|centre|center)|think tank)\b/i;
const MEDIA = /\b(?:media|news|newspaper|television|tv|radio|journalis(?:t|ts|m)|press|periodistas)\b/i;
const PRIVATE = /\b(?:company|companies|ltd|inc|llc|plc|s\.a\.|corporation|chamber of commerce|business|industry association|employers)\b/i;
const CIVIL_SOCIETY =
  /\b(?:foundation|fundaci[oó]n|fondation|association|asociaci[oó]n|associa[cç][aã]o|ngo|ong|network|red|coalition|alliance|alianza|movement|movimiento|initiative|iniciativa|forum|foro|watch|trust|society|sociedad|citizens?'? |ciudadan[oa]s?|transparency international|transparencia|poder ciudadano|oxfam|campaign|trade unions?|confederation|organizaci[oó]n|organi[sz]ation|osc|ong|csos?|ngos?|cooperativa|cooperative|center for|centre for|centro de|institute for|instituto para|club|volunteers?|collective|colectivo)\b/i;

const PUBLIC =
  /\b(?:secretariats|offices|agencies|departments|committees?|controller|juzgados?|inspection|ministry|ministries|minister|ministerio|ministre|minist[eè]re|department|departamento|d[ée]partement|agency|agencia|agence|office|oficina|bureau|directorate|direcci[oó]n|direction|secretariat|secretar[ií]a|secr[ée]tariat|secretary|government|gobierno|gouvernement|presidency|presidencia|president|prime minister|pmo|cabinet|council of ministers|treasury|tesorer[ií]a|parliament|parlamento|parlement|assembly|asamblea|assembl[ée]e|congress|congreso|senate|senado|s[ée]nat|c[aá]mara|chamber of deputies|legislat\w*|court|corte|tribunal|cour|judiciary|judicial|poder judicial|prosecutor|fiscal[ií]a|police|polic[ií]a|municipal\w*|municipality|mayor|alcald[ií]a|city (?:council|hall|government)|county|province|provincial|state|estado|regional|ombudsman|ombudsperson|defensor[ií]a|commission(?:er)?|comisi[oó]n|audit\w*|contralor[ií]a|comptroller|authority|autoridad|autorit[ée]|inspectorate|regulator|electoral|national|nacional|public|p[uú]blic[oa]|administration|administraci[oó]n|institute|instituto|council|consejo|conseil|service|servicio|commissioner|central bank|reserve bank|banco central)\b/i;

const LEGISLATIVE =
  /\b(?:parliament\w*|parlamento|parlement|assembly|asamblea|assembl[ée]e|congress|congreso|senate|senado|s[ée]nat|c[aá]mara de (?:diputados|senadores)|chamber of deputies|house of (?:representatives|commons|lords)|legislat\w*|kuvendi|sejm|riksdag|storting|bundestag|knesset|majlis|verkhovna rada|kenesh|parliamentary|national council|city council|concejo|conseil municipal)\b/i;
const JUDICIAL =
  /\b(?:juzgados?|courts|court|corte|tribunal|cour|judiciary|judicial|judges|magistra\w*|prosecutor|fiscal[ií]a|public ministry)\b/i;
const INDEPENDENT =
  /\b(?:ombudsman|ombudsperson|defensor[ií]a|defensor del pueblo|commissioner|audit\w*|contralor[ií]a|comptroller|electoral|data protection|information commission|anti-?corruption (?:agency|commission|office|bureau)|human rights commission|national human rights|central bank|reserve bank|banco central|independent)\b/i;

const SPANISH =
  /\b(?:del|de la|de los|de las|y|para|ministerio|secretar[ií]a|oficina|gobierno|nacional|c[aá]mara|direcci[oó]n|fundaci[oó]n)\b/i;
const FRENCH = /\b(?:du|des|et|minist[eè]re|gouvernement|conseil|direction g[ée]n[ée]rale|agence|haute autorit[ée])\b|\bd'|\bl'/i;

/** Splits a cell into the names of the bodies it lists. */
export function splitNames(cell: string): string[] {
  const joined = cell
    // Cells were pasted from PDFs: a word hyphenated at a line end is one word, and a long line wrapped inside a name
    // is one name; a short line, a bullet or a number starts a new name.
    .replace(/(\p{L})-\r?\n\s*(\p{L})/gu, "$1$2")
    .split(/\r?\n/)
    .reduce((text, line, index, lines) => {
      if (index === 0) return line;
      const previous = (lines[index - 1] ?? "").trim();
      const startsItem = /^\s*(?:[●•▪◦·*-]|\d+[.)])/.test(line);
      return `${text}${startsItem || previous.length < 50 || /[.;:]$/.test(previous) ? ";" : " "}${line}`;
    }, "");
  const pieces = joined
    .replace(/[●•▪◦·]/g, ";")
    .split(/;|,(?![^(]*\))| [-–—] /)
    .map((piece) =>
      piece
        .replace(/^[\s\-–—*&"“”'‘’]+|[\s"“”'‘’]+$/g, "")
        .replace(/^(?:\d+[.)]|[a-z][.)])\s+/i, "")
        .replace(/\s+/g, " ")
        .replace(/^(?:and|or|y|et|the)\s+(?=\p{Lu})/iu, "")
        .replace(/\s+(?:and|or|y|et|of|the|de|del|etc)$/i, "")
        .replace(/[-.:]+$/, "")
        .trim(),
    );
  const names: string[] = [];
  for (const piece of pieces) {
    if (piece.length < 2 || GENERIC.test(piece) || CONTACT.test(piece)) continue;
    if (piece.length > MAX_NAME || piece.split(" ").length > MAX_WORDS) continue;
    if (!names.some((name) => name.toLowerCase() === piece.toLowerCase())) names.push(piece);
  }
  return names;
}

export function languageOf(name: string): Language {
  if (FRENCH.test(name)) return "fr";
  if (SPANISH.test(name)) return "es";
  return "en";
}

export function branchOf(name: string): Branch {
  if (JUDICIAL.test(name)) return "JUDICIAL";
  if (INDEPENDENT.test(name)) return "INDEPENDENT";
  if (LEGISLATIVE.test(name)) return "LEGISLATIVE";
  return "EXECUTIVE";
}

/** The kind of a body that is not part of government, or null when its name says it is. */
export function partnerKindOf(name: string): PartnerKind | null {
  if (MULTILATERAL.test(name)) return "MULTILATERAL";
  if (ACADEMIA.test(name)) return "ACADEMIA";
  if (PUBLIC.test(name) && !/\b(?:foundation|fundaci[oó]n|association|asociaci[oó]n|ngo|network|coalition)\b/i.test(name)) return null;
  if (MEDIA.test(name)) return "MEDIA";
  if (PRIVATE.test(name)) return "PRIVATE_SECTOR";
  if (CIVIL_SOCIETY.test(name)) return "CIVIL_SOCIETY";
  // No word of government: an acronym or a proper name, which in OGP's supporting lists is mostly a partner.
  return "OTHER";
}

/** A lead body is a public institution by OGP's rules; a supporting one is whatever its name says. */
export function classify(name: string, role: "lead" | "supporting"): Organisation {
  const language = languageOf(name);
  const kind = role === "supporting" ? partnerKindOf(name) : null;
  if (kind) return { type: "partner", name, language, kind };
  return { type: "institution", name, language, branch: branchOf(name) };
}
