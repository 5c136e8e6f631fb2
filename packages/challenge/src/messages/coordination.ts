import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the error messages of coordination, co-creation, reviews, the directory client and the shared code, keyed by their English template (kit's messages.ts). */
export const coordinationMessages: MessageCatalog = {
  // shared/validation.ts: each label's refusals are whole sentences there, so that they name the input here too.
  "The title is longer than {0} characters.": {
    es: "El título supera los {0} caracteres.",
    fr: "Le titre dépasse {0} caractères.",
  },
  "The summary is longer than {0} characters.": {
    es: "El resumen supera los {0} caracteres.",
    fr: "Le résumé dépasse {0} caractères.",
  },
  "The problem is longer than {0} characters.": {
    es: "El problema supera los {0} caracteres.",
    fr: "Le problème dépasse {0} caractères.",
  },
  "The description of the reform is longer than {0} characters.": {
    es: "La descripción de la reforma supera los {0} caracteres.",
    fr: "La description de la réforme dépasse {0} caractères.",
  },
  "The expected results is longer than {0} characters.": {
    es: "Los resultados esperados superan los {0} caracteres.",
    fr: "Les résultats attendus dépassent {0} caractères.",
  },
  "The member is longer than {0} characters.": {
    es: "El id del miembro supera los {0} caracteres.",
    fr: "L'identifiant du membre dépasse {0} caractères.",
  },
  "The milestone's title is longer than {0} characters.": {
    es: "El título del hito supera los {0} caracteres.",
    fr: "Le titre du jalon dépasse {0} caractères.",
  },
  "The expected output is longer than {0} characters.": {
    es: "El producto esperado supera los {0} caracteres.",
    fr: "Le livrable attendu dépasse {0} caractères.",
  },
  "The reason is longer than {0} characters.": {
    es: "El motivo supera los {0} caracteres.",
    fr: "Le motif dépasse {0} caractères.",
  },
  "The scope is longer than {0} characters.": {
    es: "El alcance supera los {0} caracteres.",
    fr: "Le périmètre dépasse {0} caractères.",
  },
  "The narrative is longer than {0} characters.": {
    es: "El relato del avance supera los {0} caracteres.",
    fr: "Le récit de l'avancement dépasse {0} caractères.",
  },
  "The partner is longer than {0} characters.": {
    es: "El id del socio supera los {0} caracteres.",
    fr: "L'identifiant du partenaire dépasse {0} caractères.",
  },
  "The source of a batch is longer than {0} characters.": {
    es: "La fuente de un lote supera los {0} caracteres.",
    fr: "La source d'un lot dépasse {0} caractères.",
  },
  "The title is required.": {
    es: "El título es obligatorio.",
    fr: "Le titre est obligatoire.",
  },
  "The summary is required.": {
    es: "El resumen es obligatorio.",
    fr: "Le résumé est obligatoire.",
  },
  "The member is required.": {
    es: "El id del miembro es obligatorio.",
    fr: "L'identifiant du membre est obligatoire.",
  },
  "The milestone's title is required.": {
    es: "El título del hito es obligatorio.",
    fr: "Le titre du jalon est obligatoire.",
  },
  "The reason is required.": {
    es: "El motivo es obligatorio.",
    fr: "Le motif est obligatoire.",
  },
  "The scope is required.": {
    es: "El alcance es obligatorio.",
    fr: "Le périmètre est obligatoire.",
  },
  "The narrative is required.": {
    es: "El relato del avance es obligatorio.",
    fr: "Le récit de l'avancement est obligatoire.",
  },
  "The partner is required.": {
    es: "El id del socio es obligatorio.",
    fr: "L'identifiant du partenaire est obligatoire.",
  },
  '"{0}" is not a known pathway; expected one of {1}.': {
    es: "«{0}» no es una vía conocida; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un parcours connu ; valeurs admises : {1}.",
  },
  '"{0}" is not a known challenge area; expected one of {1}.': {
    es: "«{0}» no es un área del desafío conocida; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un domaine du défi connu ; valeurs admises : {1}.",
  },
  '"{0}" is not a known open-government value; expected one of {1}.': {
    es: "«{0}» no es un valor de gobierno abierto conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur du gouvernement ouvert connue ; valeurs admises : {1}.",
  },
  '"{0}" is not a known language; expected one of {1}.': {
    es: "«{0}» no es un idioma conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une langue connue ; valeurs admises : {1}.",
  },
  '"{0}" is not a known commitment status; expected one of {1}.': {
    es: "«{0}» no es un estado de compromiso conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un statut d'engagement connu ; valeurs admises : {1}.",
  },
  '"{0}" is not a known milestone status; expected one of {1}.': {
    es: "«{0}» no es un estado de hito conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un statut de jalon connu ; valeurs admises : {1}.",
  },
  '"{0}" is not a known review cycle kind; expected one of {1}.': {
    es: "«{0}» no es un tipo de ciclo de revisión conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un type de cycle d'examen connu ; valeurs admises : {1}.",
  },
  '"{0}" is not a known completion level; expected one of {1}.': {
    es: "«{0}» no es un grado de avance conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un degré d'avancement connu ; valeurs admises : {1}.",
  },
  '"{0}" is not a known co-creation role; expected one of {1}.': {
    es: "«{0}» no es un rol de cocreación conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un rôle de co-création connu ; valeurs admises : {1}.",
  },
  '"{0}" is not a known IRM yes/no value; expected one of {1}.': {
    es: "«{0}» no es un valor sí/no conocido del IRM; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur oui/non connue de l'IRM ; valeurs admises : {1}.",
  },
  '"{0}" is not a known IRM potential for results; expected one of {1}.': {
    es: "«{0}» no es un valor conocido de potencial de resultados del IRM; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur connue de potentiel de résultats de l'IRM ; valeurs admises : {1}.",
  },
  '"{0}" is not a known IRM completion; expected one of {1}.': {
    es: "«{0}» no es un valor conocido de cumplimiento del IRM; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur connue de réalisation de l'IRM ; valeurs admises : {1}.",
  },
  '"{0}" is not a known IRM early results; expected one of {1}.': {
    es: "«{0}» no es un valor conocido de resultados iniciales del IRM; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur connue de premiers résultats de l'IRM ; valeurs admises : {1}.",
  },
  '"{0}" is not a known IRM specificity; expected one of {1}.': {
    es: "«{0}» no es un valor conocido de nivel de especificidad del IRM; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur connue de niveau de spécificité de l'IRM ; valeurs admises : {1}.",
  },
  '"{0}" is not a known IRM potential impact; expected one of {1}.': {
    es: "«{0}» no es un valor conocido de impacto potencial del IRM; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur connue d'impact potentiel de l'IRM ; valeurs admises : {1}.",
  },
  '"{0}" is not a known IRM results level; expected one of {1}.': {
    es: "«{0}» no es un valor conocido de nivel de resultados tempranos del IRM; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une valeur connue de niveau des premiers résultats de l'IRM ; valeurs admises : {1}.",
  },
  'The planned start date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de inicio prevista debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de début prévue doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The planned end date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de fin prevista debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de fin prévue doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The due date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha límite debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date d'échéance doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The opening day must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "El día de apertura debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "Le jour d'ouverture doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The closing day must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "El día de cierre debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "Le jour de clôture doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The first start date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La primera fecha de inicio debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La première date de début doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The last start date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La última fecha de inicio debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La dernière date de début doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The first end date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La primera fecha de fin debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La première date de fin doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The last end date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La última fecha de fin debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La dernière date de fin doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The first resolution day must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "El primer día de resolución debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "Le premier jour de résolution doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The last resolution day must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "El último día de resolución debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "Le dernier jour de résolution doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'An evidence link must be an http:// or https:// address, e.g. https://example.org/report.pdf, not "{0}".': {
    es: "Un enlace a pruebas debe ser una dirección http:// o https://, p. ej. https://example.org/report.pdf, no «{0}».",
    fr: "Un lien vers une preuve doit être une adresse http:// ou https://, par exemple https://example.org/report.pdf, et non « {0} ».",
  },
  'The commitment\'s official page (sourceUrl) must be an http:// or https:// address, e.g. https://example.org/report.pdf, not "{0}".': {
    es: "La página oficial del compromiso (sourceUrl) debe ser una dirección http:// o https://, p. ej. https://example.org/report.pdf, no «{0}».",
    fr: "La page officielle de l'engagement (sourceUrl) doit être une adresse http:// ou https://, par exemple https://example.org/report.pdf, et non « {0} ».",
  },
  "The milestone's position must be a whole number from 1 to {0}.": {
    es: "La posición del hito debe ser un número entero del 1 al {0}.",
    fr: "La position du jalon doit être un nombre entier de 1 à {0}.",
  },
  "The start date range ends ({0}) before it begins ({1}).": {
    es: "El intervalo de fechas de inicio termina ({0}) antes de empezar ({1}).",
    fr: "La plage des dates de début se termine ({0}) avant de commencer ({1}).",
  },
  "The end date range ends ({0}) before it begins ({1}).": {
    es: "El intervalo de fechas de fin termina ({0}) antes de empezar ({1}).",
    fr: "La plage des dates de fin se termine ({0}) avant de commencer ({1}).",
  },
  "The resolution day range ends ({0}) before it begins ({1}).": {
    es: "El intervalo de días de resolución termina ({0}) antes de empezar ({1}).",
    fr: "La plage des jours de résolution se termine ({0}) avant de commencer ({1}).",
  },

  // shared/idempotency.ts
  "The idempotency key is longer than 100 characters.": {
    es: "La clave de idempotencia supera los 100 caracteres.",
    fr: "La clé d'idempotence dépasse 100 caractères.",
  },
  "This idempotency key was already used for {0}: use a new key for each new call.": {
    es: "Esta clave de idempotencia ya se usó para {0}: use una clave nueva en cada nueva llamada.",
    fr: "Cette clé d'idempotence a déjà servi pour {0} : utilisez une nouvelle clé pour chaque nouvel appel.",
  },

  // directory/directory-client.ts, coordination/accounts.ts
  "The directory could not be asked to check members, institutions and action plans, so nothing was saved; try again in a minute.": {
    es: "No se pudo consultar el directorio para comprobar los miembros, las instituciones y los planes de acción, así que no se guardó nada; vuelva a intentarlo dentro de un minuto.",
    fr: "L'annuaire n'a pas pu être interrogé pour vérifier les membres, les institutions et les plans d'action : rien n'a été enregistré. Réessayez dans une minute.",
  },
  "The identity service could not be asked to check the account, so nothing was saved; try again in a minute.": {
    es: "No se pudo consultar el servicio de identidad para comprobar la cuenta, así que no se guardó nada; vuelva a intentarlo dentro de un minuto.",
    fr: "Le service d'identité n'a pas pu être interrogé pour vérifier le compte : rien n'a été enregistré. Réessayez dans une minute.",
  },

  // coordination/coordination.service.ts: participation intents
  "Officers declare intents only for their own institutions; the support unit for any.": {
    es: "Los responsables institucionales solo declaran intenciones de participar para sus propias instituciones; la unidad de apoyo, para cualquiera.",
    fr: "Les agents d'institution ne déclarent d'intentions de participer que pour leurs propres institutions ; l'unité de soutien, pour toutes.",
  },
  "A note has at most 2000 characters.": {
    es: "Una nota tiene como máximo 2000 caracteres.",
    fr: "Une note compte au plus 2000 caractères.",
  },
  "There is no institution with the id {0}.": {
    es: "No hay ninguna institución con el id {0}.",
    fr: "Aucune institution n'a l'identifiant {0}.",
  },
  "An archived institution takes part in nothing.": {
    es: "Una institución archivada no participa en nada.",
    fr: "Une institution archivée ne participe à rien.",
  },
  "Officers declare intents only for institutions of their own member.": {
    es: "Los responsables institucionales solo declaran intenciones de participar para instituciones de su propio miembro.",
    fr: "Les agents d'institution ne déclarent d'intentions de participer que pour les institutions de leur propre membre.",
  },
  "This institution's intent for this area was declared at the same moment: reload it.": {
    es: "La intención de participar de esta institución en esta área se declaró en el mismo momento: vuelva a cargarla.",
    fr: "L'intention de participer de cette institution dans ce domaine a été déclarée au même moment : rechargez-la.",
  },
  "There is no participation intent with the id {0}.": {
    es: "No hay ninguna intención de participar con el id {0}.",
    fr: "Aucune intention de participer n'a l'identifiant {0}.",
  },
  "Only officers of the institution and the support unit withdraw its intent.": {
    es: "Solo los responsables de la institución y la unidad de apoyo pueden retirar su intención de participar.",
    fr: "Seuls les agents de l'institution et l'unité de soutien peuvent retirer son intention de participer.",
  },
  "This intent is already withdrawn.": {
    es: "Esta intención de participar ya está retirada.",
    fr: "Cette intention de participer est déjà retirée.",
  },

  // coordination/coordination.service.ts: coordination cases
  "Only the support unit works on coordination cases.": {
    es: "Solo la unidad de apoyo trabaja en los casos de coordinación.",
    fr: "Seule l'unité de soutien traite les cas de coordination.",
  },
  "There is no coordination case with the id {0}.": {
    es: "No hay ningún caso de coordinación con el id {0}.",
    fr: "Aucun cas de coordination n'a l'identifiant {0}.",
  },
  "This coordination case is resolved; it no longer changes.": {
    es: "Este caso de coordinación está resuelto; ya no puede cambiar.",
    fr: "Ce cas de coordination est résolu ; il ne peut plus changer.",
  },
  "Give the facilitator's support-unit account id.": {
    es: "Indique el id de la cuenta de la unidad de apoyo de quien facilitará el caso.",
    fr: "Indiquez l'identifiant du compte de l'unité de soutien du facilitateur.",
  },
  "Only you can be named facilitator here: no identity service is configured.": {
    es: "Aquí solo puede nombrarse facilitador a usted mismo: no hay ningún servicio de identidad configurado.",
    fr: "Ici, vous seul pouvez être nommé facilitateur : aucun service d'identité n'est configuré.",
  },
  "No account has the id {0}.": {
    es: "Ninguna cuenta tiene el id {0}.",
    fr: "Aucun compte n'a l'identifiant {0}.",
  },
  "The account {0} has the role {1}: only support-unit accounts facilitate coordination.": {
    es: "La cuenta {0} tiene el rol {1}: solo las cuentas de la unidad de apoyo facilitan la coordinación.",
    fr: "Le compte {0} a le rôle {1} : seuls les comptes de l'unité de soutien facilitent la coordination.",
  },
  "The account {0} is {1}: it cannot facilitate.": {
    es: "La cuenta {0} está en estado {1}: no puede facilitar casos.",
    fr: "Le compte {0} a le statut {1} : il ne peut pas faciliter de cas.",
  },
  "A note has 1 to 5000 characters.": {
    es: "Una nota tiene de 1 a 5000 caracteres.",
    fr: "Une note compte de 1 à 5000 caractères.",
  },
  "A next step has 1 to 2000 characters.": {
    es: "Un próximo paso tiene de 1 a 2000 caracteres.",
    fr: "Une prochaine étape compte de 1 à 2000 caractères.",
  },
  "The due date is a day, YYYY-MM-DD.": {
    es: "La fecha límite debe ser un día con el formato AAAA-MM-DD.",
    fr: "L'échéance doit être un jour au format AAAA-MM-JJ.",
  },
  "This case has no next step with the id {0}.": {
    es: "Este caso no tiene ningún próximo paso con el id {0}.",
    fr: "Ce cas n'a aucune prochaine étape avec l'identifiant {0}.",
  },
  "This next step is already done.": {
    es: "Este próximo paso ya está hecho.",
    fr: "Cette prochaine étape est déjà réalisée.",
  },
  "The lead must be one of the case's institutions.": {
    es: "La institución líder debe ser una de las instituciones del caso.",
    fr: "L'institution cheffe de file doit être l'une des institutions du cas.",
  },
  "Name the lead institution (or designate it first).": {
    es: "Indique la institución líder (o desígnela antes).",
    fr: "Indiquez l'institution cheffe de file (ou désignez-la d'abord).",
  },
  "A merge names at least two commitments.": {
    es: "Una fusión debe indicar al menos dos compromisos.",
    fr: "Une fusion doit désigner au moins deux engagements.",
  },
  "Merged commitments must be commitments of the case's member in the case's area.": {
    es: "Los compromisos fusionados deben ser compromisos del miembro del caso en el área del caso.",
    fr: "Les engagements fusionnés doivent être des engagements du membre du cas dans le domaine du cas.",
  },
  "Describe the division of work.": {
    es: "Describa el reparto del trabajo.",
    fr: "Décrivez la répartition du travail.",
  },

  // cocreation/
  "Name at most {0} lead institutions.": {
    es: "Indique como máximo {0} instituciones líderes.",
    fr: "Indiquez au plus {0} institutions cheffes de file.",
  },
  "Name the partner.": {
    es: "Indique el socio.",
    fr: "Indiquez le partenaire.",
  },
  "Partner editors ask to co-create commitments (the support unit may for them).": {
    es: "Son los editores de organizaciones aliadas quienes piden cocrear compromisos (la unidad de apoyo puede hacerlo por ellos).",
    fr: "Ce sont les éditeurs partenaires qui demandent à co-créer des engagements (l'unité de soutien peut le faire pour eux).",
  },
  "Partner editors ask for their own partner only.": {
    es: "Los editores de organizaciones aliadas solo pueden pedirlo para su propia organización.",
    fr: "Les éditeurs partenaires ne peuvent le demander que pour leur propre organisation.",
  },
  "A {0} commitment takes no new co-creators.": {
    es: "Un compromiso en estado {0} no admite nuevos cocreadores.",
    fr: "Un engagement au statut {0} n'accepte pas de nouveaux co-créateurs.",
  },
  "This partner already has a requested or active link in this role.": {
    es: "Este socio ya tiene un vínculo solicitado o activo con este rol.",
    fr: "Ce partenaire a déjà un lien demandé ou actif dans ce rôle.",
  },
  "There is no co-creation link with the id {0}.": {
    es: "No hay ningún vínculo de cocreación con el id {0}.",
    fr: "Aucun lien de co-création n'a l'identifiant {0}.",
  },
  "You may not do this to this co-creation link.": {
    es: "No puede hacer esto con este vínculo de cocreación.",
    fr: "Vous ne pouvez pas faire cela sur ce lien de co-création.",
  },
  "This link is {0}, not REQUESTED.": {
    es: "Este vínculo está en estado {0}, no REQUESTED.",
    fr: "Ce lien a le statut {0}, et non REQUESTED.",
  },
  "Give the reason for declining.": {
    es: "Indique el motivo del rechazo.",
    fr: "Indiquez le motif du refus.",
  },
  "This link is already {0}.": {
    es: "Este vínculo ya está en estado {0}.",
    fr: "Ce lien a déjà le statut {0}.",
  },
  "The directory has no partner with the id {0}.": {
    es: "El directorio no tiene ningún socio con el id {0}.",
    fr: "L'annuaire n'a aucun partenaire avec l'identifiant {0}.",
  },
  "The partner {0} is archived: it takes no new links.": {
    es: "El socio {0} está archivado: no admite nuevos vínculos.",
    fr: "Le partenaire {0} est archivé : il n'accepte pas de nouveaux liens.",
  },

  // review/
  "The review window closes ({0}) before it opens ({1}).": {
    es: "El periodo de revisión se cierra ({0}) antes de abrirse ({1}).",
    fr: "La période d'examen se ferme ({0}) avant de s'ouvrir ({1}).",
  },
  "Progress is self-reported for standalone commitments; action-plan commitments are rated by the IRM.": {
    es: "En los compromisos independientes el avance se autoinforma; los compromisos de planes de acción los evalúa el IRM.",
    fr: "L'avancement est auto-déclaré pour les engagements autonomes ; les engagements des plans d'action sont évalués par l'IRM.",
  },
  "Progress is reported on ELIGIBLE, IN_PROGRESS or COMPLETED commitments; this one is {0}.": {
    es: "El avance se informa en compromisos ELIGIBLE, IN_PROGRESS o COMPLETED; este está en estado {0}.",
    fr: "L'avancement n'est rapporté que pour les engagements ELIGIBLE, IN_PROGRESS ou COMPLETED ; celui-ci a le statut {0}.",
  },
  "There is no review cycle with the id {0}.": {
    es: "No hay ningún ciclo de revisión con el id {0}.",
    fr: "Aucun cycle d'examen n'a l'identifiant {0}.",
  },
  "The {0} review takes reports from {1} to {2}; it is not open today.": {
    es: "La revisión {0} acepta informes del {1} al {2}; hoy no está abierta.",
    fr: "L'examen {0} accepte les rapports du {1} au {2} ; il n'est pas ouvert aujourd'hui.",
  },
  "The {0} review does not cover standalone commitments.": {
    es: "La revisión {0} no abarca los compromisos independientes.",
    fr: "L'examen {0} ne couvre pas les engagements autonomes.",
  },
  "The {0} review covers {1} only.": {
    es: "La revisión {0} solo abarca {1}.",
    fr: "L'examen {0} ne couvre que {1}.",
  },
  "This milestone is not one of the commitment's.": {
    es: "Este hito no pertenece al compromiso.",
    fr: "Ce jalon n'appartient pas à l'engagement.",
  },
};
