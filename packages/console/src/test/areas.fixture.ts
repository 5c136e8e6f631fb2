import type { ChallengeAreaCode, ChallengeAreasQuery, Locale } from "../gql/graphql";

const NAMES: Record<ChallengeAreaCode, Record<Locale, string>> = {
  ACCESS_TO_INFORMATION: { EN: "Access to Information", ES: "Acceso a la información", FR: "Accès à l’information" },
  ANTI_CORRUPTION: { EN: "Anti-Corruption", ES: "Anticorrupción", FR: "Lutte contre la corruption" },
  CIVIC_SPACE: { EN: "Civic Space", ES: "Espacio cívico", FR: "Espace civique" },
  CLIMATE_AND_ENVIRONMENT: { EN: "Climate and Environment", ES: "Clima y medio ambiente", FR: "Climat et environnement" },
  DIGITAL_GOVERNANCE: { EN: "Digital Governance", ES: "Gobernanza digital", FR: "Gouvernance numérique" },
  FISCAL_OPENNESS: { EN: "Fiscal Openness", ES: "Apertura fiscal", FR: "Ouverture budgétaire" },
  GENDER_AND_INCLUSION: { EN: "Gender and Inclusion", ES: "Género e inclusión", FR: "Genre et inclusion" },
  JUSTICE: { EN: "Justice", ES: "Justicia", FR: "Justice" },
  MEDIA_FREEDOM: { EN: "Media Freedom", ES: "Libertad de prensa", FR: "Liberté des médias" },
  PUBLIC_PARTICIPATION: { EN: "Public Participation", ES: "Participación pública", FR: "Participation du public" },
};

const PROMPT: Record<Locale, (name: string) => string> = {
  EN: (name) => `Commit to an ambitious reform in ${name}.`,
  ES: (name) => `Comprométase con una reforma ambiciosa en ${name}.`,
  FR: (name) => `Engagez-vous dans une réforme ambitieuse : ${name}.`,
};

/** What the gateway answers for `challengeAreas` in a locale, in the official order. */
export function areasIn(locale: Locale): ChallengeAreasQuery {
  return {
    challengeAreas: (Object.keys(NAMES) as ChallengeAreaCode[]).map((code, index) => ({
      __typename: "ChallengeArea",
      code,
      position: index + 1,
      name: NAMES[code][locale],
      description: PROMPT[locale](NAMES[code][locale]),
    })),
  };
}

export function areaNamesIn(locale: Locale): string[] {
  return Object.values(NAMES).map((names) => names[locale]);
}
