/**
 * The catalog as first published (DOMAIN.md and the original announcement), in English, Spanish and French.
 * Frozen: the migration that inserts it must insert the same rows forever; later edits go in new migrations.
 */

export interface Text3 {
  en: string;
  es: string;
  fr: string;
}

export const areas: { code: string; name: Text3; description: Text3; tags: string[] }[] = [
  {
    code: "ACCESS_TO_INFORMATION",
    name: { en: "Access to Information", es: "Acceso a la información", fr: "Accès à l'information" },
    description: {
      en: "Improve the effectiveness of access-to-information legal frameworks.",
      es: "Mejorar la eficacia de los marcos jurídicos de acceso a la información.",
      fr: "Améliorer l'efficacité des cadres juridiques d'accès à l'information.",
    },
    tags: ["Right To Information", "Access to information"],
  },
  {
    code: "ANTI_CORRUPTION",
    name: { en: "Anti-Corruption", es: "Anticorrupción", fr: "Lutte contre la corruption" },
    description: {
      en: "Beneficial ownership, open contracting, lobbying, asset disclosure and whistleblower protection.",
      es: "Beneficiarios finales, contrataciones abiertas, cabildeo, declaraciones patrimoniales y protección de denunciantes.",
      fr: "Bénéficiaires effectifs, commande publique ouverte, lobbying, déclaration de patrimoine et protection des lanceurs d'alerte.",
    },
    tags: [
      "Anti-Corruption and Integrity",
      "Anti-corruption Institutions",
      "Anti-Corruption Strategies",
      "Asset Disclosure",
      "Beneficial Ownership",
      "Conflicts Of Interest",
      "Lobbying",
      "Open Contracting",
      "Public Procurement",
      "Whistleblower Protections",
    ],
  },
  {
    code: "CIVIC_SPACE",
    name: { en: "Civic Space", es: "Espacio cívico", fr: "Espace civique" },
    description: {
      en: "Strengthen the enabling environment and spaces for civil society and civic action.",
      es: "Fortalecer el entorno propicio y los espacios para la sociedad civil y la acción cívica.",
      fr: "Renforcer l'environnement favorable et les espaces de la société civile et de l'action citoyenne.",
    },
    tags: ["Civic Space and Enabling Environment", "Freedom of Assembly", "Freedom of Association", "Online Civic Space"],
  },
  {
    code: "CLIMATE_AND_ENVIRONMENT",
    name: { en: "Climate and Environment", es: "Clima y medio ambiente", fr: "Climat et environnement" },
    description: {
      en: "Use open government to implement climate, environment and energy-transition laws, strategies and agreements (Escazú, Aarhus, Paris).",
      es: "Usar el gobierno abierto para aplicar leyes, estrategias y acuerdos sobre clima, medio ambiente y transición energética (Escazú, Aarhus, París).",
      fr: "Mettre le gouvernement ouvert au service des lois, stratégies et accords sur le climat, l'environnement et la transition énergétique (Escazú, Aarhus, Paris).",
    },
    tags: [
      "Environment & Climate",
      "Climate Finance",
      "Climate Mitigation and Adaptation",
      "Environmental Regulation",
      "International Environmental Agreements",
    ],
  },
  {
    code: "DIGITAL_GOVERNANCE",
    name: { en: "Digital Governance", es: "Gobernanza digital", fr: "Gouvernance numérique" },
    description: {
      en: "Transparency and public oversight of artificial intelligence, automated decision-making and data protection.",
      es: "Transparencia y supervisión pública de la inteligencia artificial, la toma de decisiones automatizada y la protección de datos.",
      fr: "Transparence et contrôle public de l'intelligence artificielle, de la prise de décision automatisée et de la protection des données.",
    },
    tags: ["Digital Governance", "Automated Decision-making", "Data Stewardship and Privacy"],
  },
  {
    code: "FISCAL_OPENNESS",
    name: { en: "Fiscal Openness", es: "Apertura fiscal", fr: "Transparence budgétaire" },
    description: {
      en: "Public oversight and inclusion across the budget and spending cycle.",
      es: "Supervisión pública e inclusión en todo el ciclo presupuestario y de gasto.",
      fr: "Contrôle public et inclusion tout au long du cycle budgétaire et de la dépense.",
    },
    tags: [
      "Fiscal Openness",
      "Publication Of Budget/Fiscal Information",
      "Public Participation In Budget/Fiscal Policy",
      "Oversight Of Budget/Fiscal Policies",
      "Stimulus and Economic Recovery",
      "Tax",
      "Debt",
    ],
  },
  {
    code: "GENDER_AND_INCLUSION",
    name: { en: "Gender and Inclusion", es: "Género e inclusión", fr: "Genre et inclusion" },
    description: {
      en: "Reforms that include women, youth, people with disabilities, LGBTQIA+ people and other under-represented groups.",
      es: "Reformas que incluyan a las mujeres, la juventud, las personas con discapacidad, las personas LGBTQIA+ y otros grupos subrepresentados.",
      fr: "Des réformes qui incluent les femmes, les jeunes, les personnes handicapées, les personnes LGBTQIA+ et les autres groupes sous-représentés.",
    },
    tags: ["Inclusion", "Gender", "Gender-Based Violence", "Economic Inclusion", "Youth", "People with Disabilities", "LGBTQIA+"],
  },
  {
    code: "JUSTICE",
    name: { en: "Justice", es: "Justicia", fr: "Justice" },
    description: {
      en: "People-centred justice reforms.",
      es: "Reformas de la justicia centradas en las personas.",
      fr: "Des réformes de la justice centrées sur les personnes.",
    },
    tags: ["Justice", "Access to Justice", "Open Justice", "Judiciary"],
  },
  {
    code: "MEDIA_FREEDOM",
    name: { en: "Media Freedom", es: "Libertad de prensa", fr: "Liberté des médias" },
    description: {
      en: "Legal frameworks that protect journalists and independent media.",
      es: "Marcos jurídicos que protejan a periodistas y medios independientes.",
      fr: "Des cadres juridiques qui protègent les journalistes et les médias indépendants.",
    },
    tags: ["Freedom of Expression", "Media & Telecommunications"],
  },
  {
    code: "PUBLIC_PARTICIPATION",
    name: { en: "Public Participation", es: "Participación pública", fr: "Participation citoyenne" },
    description: {
      en: "Embed high-quality, inclusive public participation across government sectors, processes and institutions.",
      es: "Integrar una participación pública inclusiva y de calidad en todos los sectores, procesos e instituciones del gobierno.",
      fr: "Ancrer une participation citoyenne inclusive et de qualité dans tous les secteurs, processus et institutions de l'État.",
    },
    tags: ["Public Participation", "Democratizing Decision-Making", "Mainstreaming Participation", "Participation in Lawmaking"],
  },
];

export const values: { code: string; name: Text3; description: Text3 }[] = [
  {
    code: "TRANSPARENCY",
    name: { en: "Transparency", es: "Transparencia", fr: "Transparence" },
    description: {
      en: "Government-held information, including on activities and decisions, is open, complete, timely, freely available to the public and meets basic open-data standards (raw, machine-readable).",
      es: "La información en poder del gobierno, incluida la relativa a sus actividades y decisiones, es abierta, completa, oportuna, de libre acceso y cumple las normas básicas de datos abiertos (datos brutos, legibles por máquina).",
      fr: "Les informations détenues par le gouvernement, y compris sur ses activités et décisions, sont ouvertes, complètes, actuelles, librement accessibles au public et répondent aux normes de base des données ouvertes (données brutes, lisibles par machine).",
    },
  },
  {
    code: "CIVIC_PARTICIPATION",
    name: { en: "Civic participation", es: "Participación cívica", fr: "Participation civique" },
    description: {
      en: "Government mobilises people to engage in public debate, provide input and make contributions that lead to more responsive, innovative and effective governance.",
      es: "El gobierno moviliza a la ciudadanía para que participe en el debate público y haga aportes que conduzcan a una gobernanza más receptiva, innovadora y eficaz.",
      fr: "Le gouvernement mobilise les citoyens pour qu'ils participent au débat public et apportent des contributions menant à une gouvernance plus réactive, innovante et efficace.",
    },
  },
  {
    code: "PUBLIC_ACCOUNTABILITY",
    name: { en: "Public accountability", es: "Rendición de cuentas", fr: "Responsabilité publique" },
    description: {
      en: "Rules, regulations and mechanisms call on government actors to justify their actions, act upon criticism or requirements made of them, and accept responsibility for failure to perform with respect to laws or commitments.",
      es: "Normas, reglamentos y mecanismos exigen a los actores gubernamentales justificar sus acciones, responder a las críticas o exigencias y asumir la responsabilidad por el incumplimiento de leyes o compromisos.",
      fr: "Des règles, réglementations et mécanismes appellent les acteurs gouvernementaux à justifier leurs actions, à réagir aux critiques ou exigences et à accepter la responsabilité en cas de non-respect des lois ou des engagements.",
    },
  },
];

export const criteria: { code: string; name: Text3; description: Text3 }[] = [
  {
    code: "THEMATIC_RELEVANCE",
    name: { en: "Thematic relevance", es: "Pertinencia temática", fr: "Pertinence thématique" },
    description: {
      en: "The action advances the goals of a challenge area. Ambition counts: game-changing practice, binding or institutionalised change, or an area few members address.",
      es: "La acción hace avanzar los objetivos de un área del desafío. La ambición cuenta: prácticas transformadoras, cambios vinculantes o institucionalizados, o un área que pocos miembros abordan.",
      fr: "L'action fait progresser les objectifs d'un domaine du Défi. L'ambition compte : pratiques qui changent la donne, changements contraignants ou institutionnalisés, ou domaine que peu de membres abordent.",
    },
  },
  {
    code: "FORWARD_LOOKING",
    name: { en: "Forward-looking", es: "Orientada al futuro", fr: "Tourné vers l'avenir" },
    description: {
      en: "The action is ongoing or planned, with future steps: at least one verifiable milestone not yet implemented at submission.",
      es: "La acción está en curso o planificada, con pasos futuros: al menos un hito verificable aún no implementado al momento de la presentación.",
      fr: "L'action est en cours ou planifiée, avec des étapes futures : au moins un jalon vérifiable pas encore mis en œuvre au moment de la soumission.",
    },
  },
  {
    code: "OPEN_GOVERNMENT_RELEVANCE",
    name: { en: "Open-government relevance", es: "Pertinencia para el gobierno abierto", fr: "Pertinence pour le gouvernement ouvert" },
    description: {
      en: "The action is relevant to at least one open-government value: transparency, civic participation or public accountability.",
      es: "La acción es pertinente para al menos un valor del gobierno abierto: transparencia, participación cívica o rendición de cuentas.",
      fr: "L'action est pertinente pour au moins une valeur du gouvernement ouvert : transparence, participation civique ou responsabilité publique.",
    },
  },
  {
    code: "GOVERNMENT_LED",
    name: { en: "Government-led", es: "Liderada por el gobierno", fr: "Dirigé par le gouvernement" },
    description: {
      en: "The action is led by a public-sector institution, of any branch or level of government, of an OGP member.",
      es: "La acción está liderada por una institución del sector público, de cualquier rama o nivel de gobierno, de un miembro de OGP.",
      fr: "L'action est menée par une institution du secteur public, de toute branche ou tout niveau de gouvernement, d'un membre de l'OGP.",
    },
  },
];
