import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the recognition subgraph's error messages, keyed by their English template (kit's messages.ts). */
export const recognitionMessages: MessageCatalog = {
  // Stories: who shares them, and what they must say.
  "As {0} you share stories as {1} or {2}, not {3}.": {
    es: "Con el rol {0}, usted comparte historias como {1} o {2}, no como {3}.",
    fr: "Avec le rôle {0}, vous partagez des récits en tant que {1} ou {2}, et non {3}.",
  },
  "As {0} you share stories as {1}, not {2}.": {
    es: "Con el rol {0}, usted comparte historias como {1}, no como {2}.",
    fr: "Avec le rôle {0}, vous partagez des récits en tant que {1}, et non {2}.",
  },
  "Your account edits for no partner organisation, so it cannot share a partner's story.": {
    es: "Su cuenta no edita en nombre de ninguna organización socia, así que no puede compartir la historia de un socio.",
    fr: "Votre compte n'édite pour aucune organisation partenaire : il ne peut donc pas partager le récit d'un partenaire.",
  },
  "Your account acts for no member, so it cannot share a member government's story.": {
    es: "Su cuenta no actúa en nombre de ningún miembro, así que no puede compartir la historia de un gobierno miembro.",
    fr: "Votre compte n'agit pour aucun membre : il ne peut donc pas partager le récit d'un gouvernement membre.",
  },
  "Institution officers share stories about their own member's work only.": {
    es: "Los responsables institucionales solo comparten historias sobre el trabajo de su propio miembro.",
    fr: "Les agents d'institution ne partagent que des récits sur le travail de leur propre membre.",
  },
  "Stories are shared by partner editors, institution officers and the support unit.": {
    es: "Las historias las comparten los editores de organizaciones aliadas, los responsables institucionales y la unidad de apoyo.",
    fr: "Les récits sont partagés par les éditeurs partenaires, les agents d'institution et l'unité de soutien.",
  },
  "Name at least one challenge area the story is about.": {
    es: "Indique al menos un área del desafío de la que trate la historia.",
    fr: "Indiquez au moins un domaine du défi dont traite le récit.",
  },
  "Name the non-member government the story is credited to.": {
    es: "Indique el gobierno no miembro al que se atribuye la historia.",
    fr: "Indiquez le gouvernement non membre auquel le récit est attribué.",
  },
  "The credit is longer than {0} characters.": {
    es: "El nombre al que se atribuye la historia supera los {0} caracteres.",
    fr: "Le nom auquel le récit est attribué dépasse {0} caractères.",
  },
  "The title is required.": {
    es: "El título es obligatorio.",
    fr: "Le titre est obligatoire.",
  },
  "The title is longer than {0} characters.": {
    es: "El título supera los {0} caracteres.",
    fr: "Le titre dépasse {0} caractères.",
  },
  "The story is longer than {0} characters.": {
    es: "La historia supera los {0} caracteres.",
    fr: "Le récit dépasse {0} caractères.",
  },
  "The story is required: write a few sentences (HTML is reduced to a small safe subset).": {
    es: "La historia es obligatoria: escriba algunas frases (el HTML se reduce a un pequeño subconjunto seguro).",
    fr: "Le récit est obligatoire : écrivez quelques phrases (le HTML est réduit à un petit sous-ensemble sûr).",
  },
  "At most {0} links.": {
    es: "Indique como máximo {0} enlaces.",
    fr: "Indiquez au plus {0} liens.",
  },
  'Link {0} ("{1}") is not an http:// or https:// address, e.g. https://example.org/video.': {
    es: "El enlace {0} («{1}») no es una dirección http:// o https:// como https://example.org/video.",
    fr: "Le lien {0} (« {1} ») n'est pas une adresse http:// ou https:// comme https://example.org/video.",
  },
  "This story is already published.": {
    es: "Esta historia ya está publicada.",
    fr: "Ce récit est déjà publié.",
  },
  "This story is already rejected.": {
    es: "Esta historia ya está rechazada.",
    fr: "Ce récit est déjà refusé.",
  },
  // The story list's filter.
  'The first publication date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha inicial del periodo de publicación debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de début de la période de publication doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The last publication date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha final del periodo de publicación debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de fin de la période de publication doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  "The publication date range ends ({0}) before it begins ({1}).": {
    es: "El periodo de publicación termina ({0}) antes de empezar ({1}).",
    fr: "La période de publication se termine ({0}) avant de commencer ({1}).",
  },
  // Rejections of stories and nominations.
  "The reason is required.": {
    es: "El motivo es obligatorio.",
    fr: "Le motif est obligatoire.",
  },
  "The reason is longer than {0} characters.": {
    es: "El motivo supera los {0} caracteres.",
    fr: "Le motif dépasse {0} caractères.",
  },
  // Award cycles.
  'The opening date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de apertura debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date d'ouverture doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The closing date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de cierre debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de clôture doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  "The closing date must come after the opening date.": {
    es: "La fecha de cierre debe ser posterior a la fecha de apertura.",
    fr: "La date de clôture doit être postérieure à la date d'ouverture.",
  },
  "The cycle's name is required.": {
    es: "El nombre del ciclo es obligatorio.",
    fr: "Le nom du cycle est obligatoire.",
  },
  "The cycle's name is longer than {0} characters.": {
    es: "El nombre del ciclo supera los {0} caracteres.",
    fr: "Le nom du cycle dépasse {0} caractères.",
  },
  "This award cycle is already closed.": {
    es: "Este ciclo de premios ya está cerrado.",
    fr: "Ce cycle de prix est déjà clos.",
  },
  // Nominations.
  "Your account edits for no partner organisation, so it cannot nominate.": {
    es: "Su cuenta no edita en nombre de ninguna organización socia, así que no puede nominar a un gobierno.",
    fr: "Votre compte n'édite pour aucune organisation partenaire : il ne peut donc pas proposer de gouvernement.",
  },
  "Governments are nominated by partner editors and the support unit.": {
    es: "Los gobiernos los nominan los editores de organizaciones aliadas y la unidad de apoyo.",
    fr: "Les gouvernements sont proposés par les éditeurs partenaires et l'unité de soutien.",
  },
  "The rationale is required.": {
    es: "La justificación es obligatoria.",
    fr: "La justification est obligatoire.",
  },
  "The rationale is longer than {0} characters.": {
    es: "La justificación supera los {0} caracteres.",
    fr: "La justification dépasse {0} caractères.",
  },
  "Name at least one commitment.": {
    es: "Indique al menos un compromiso.",
    fr: "Indiquez au moins un engagement.",
  },
  "At most {0} commitments.": {
    es: "Indique como máximo {0} compromisos.",
    fr: "Indiquez au plus {0} engagements.",
  },
  "The nominated member is required.": {
    es: "El miembro nominado es obligatorio.",
    fr: "Le membre proposé est obligatoire.",
  },
  "The nominated member is longer than {0} characters.": {
    es: "El miembro nominado supera los {0} caracteres.",
    fr: "Le membre proposé dépasse {0} caractères.",
  },
  "There is no award cycle with the id {0}.": {
    es: "No hay ningún ciclo de premios con el id {0}.",
    fr: "Aucun cycle de prix n'a l'identifiant {0}.",
  },
  'The award cycle "{0}" is closed: it takes no more nominations.': {
    es: "El ciclo de premios «{0}» está cerrado: ya no acepta nominaciones.",
    fr: "Le cycle de prix « {0} » est clos : il n'accepte plus de nominations.",
  },
  "Your partner already nominated this member in this award cycle (nomination {0}, {1}).": {
    es: "Su organización ya nominó a este miembro en este ciclo de premios (nominación {0}, {1}).",
    fr: "Votre organisation a déjà proposé ce membre dans ce cycle de prix (nomination {0}, {1}).",
  },
  "You already nominated this member in this award cycle (nomination {0}, {1}).": {
    es: "Usted ya nominó a este miembro en este ciclo de premios (nominación {0}, {1}).",
    fr: "Vous avez déjà proposé ce membre dans ce cycle de prix (nomination {0}, {1}).",
  },
  "There is no award nomination with the id {0}.": {
    es: "No hay ninguna nominación a premios con el id {0}.",
    fr: "Aucune nomination aux prix n'a l'identifiant {0}.",
  },
  "This nomination was already accepted.": {
    es: "Esta nominación ya fue aceptada.",
    fr: "Cette nomination a déjà été acceptée.",
  },
  "This nomination was already rejected.": {
    es: "Esta nominación ya fue rechazada.",
    fr: "Cette nomination a déjà été refusée.",
  },
  // References checked against the directory and the challenge subgraph.
  "There is no OGP member with the id {0} in the directory.": {
    es: "No hay ningún miembro de OGP con el id {0} en el directorio.",
    fr: "Aucun membre de l'OGP n'a l'identifiant {0} dans l'annuaire.",
  },
  "There is no commitment with the id {0} that you can see: it does not exist, or it is still a draft only its institution sees (a nomination needs a commitment IN_PROGRESS or COMPLETED).":
    {
      es: "No hay ningún compromiso con el id {0} que usted pueda ver: no existe, o aún es un borrador que solo ve su institución líder (una nominación requiere un compromiso IN_PROGRESS o COMPLETED).",
      fr: "Aucun engagement que vous pouvez voir n'a l'identifiant {0} : il n'existe pas, ou c'est encore un brouillon que seule son institution cheffe de file peut voir (une nomination demande un engagement IN_PROGRESS ou COMPLETED).",
    },
  "{0} belongs to another member: a government can only be nominated for its own reforms.": {
    es: "{0} pertenece a otro miembro: un gobierno solo puede ser nominado por sus propias reformas.",
    fr: "{0} appartient à un autre membre : un gouvernement ne peut être proposé que pour ses propres réformes.",
  },
  "{0} is still in {1}: a nomination stands only for a reform the government has adopted and is implementing (IN_PROGRESS) or has completed (COMPLETED).":
    {
      es: "{0} todavía está en estado {1}: una nominación solo se mantiene para una reforma que el gobierno ha adoptado y está implementando (IN_PROGRESS) o ha completado (COMPLETED).",
      fr: "{0} a encore le statut {1} : une nomination n'est retenue que pour une réforme que le gouvernement a adoptée et met en œuvre (IN_PROGRESS) ou a achevée (COMPLETED).",
    },
  "The {0} subgraph could not be asked to check the references, so nothing was saved; try again in a minute.": {
    es: "No se pudo consultar al subgrafo {0} para comprobar las referencias, así que no se guardó nada; vuelva a intentarlo en un minuto.",
    fr: "Le sous-graphe {0} n'a pas pu être interrogé pour vérifier les références : rien n'a été enregistré. Réessayez dans une minute.",
  },
};
