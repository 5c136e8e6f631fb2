import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the error messages of commitments, milestones, eligibility, IRM ratings and statistics, keyed by their English template (kit's messages.ts). */
export const commitmentMessages: MessageCatalog = {
  // Commitments: what a commitment is made of (commitment.rules.ts).
  '"{0}" is not an OGP commitment id: 2 to 5 capital letters and 4 digits, e.g. AL0002 or BUE0009.': {
    es: "«{0}» no es un identificador OGP de compromiso: de 2 a 5 letras mayúsculas y 4 dígitos, p. ej. AL0002 o BUE0009.",
    fr: "« {0} » n'est pas un identifiant OGP d'engagement : de 2 à 5 lettres majuscules et 4 chiffres, par exemple AL0002 ou BUE0009.",
  },
  "The lead institution cannot also be a supporting institution.": {
    es: "La institución líder no puede ser también una institución de apoyo.",
    fr: "L'institution cheffe de file ne peut pas être aussi une institution associée.",
  },
  "This institution is listed twice.": {
    es: "Esta institución figura dos veces.",
    fr: "Cette institution figure deux fois.",
  },
  "An action-plan commitment names its action plan.": {
    es: "Un compromiso de plan de acción debe indicar su plan de acción.",
    fr: "Un engagement de plan d'action doit indiquer son plan d'action.",
  },
  "A challenge commitment is led by a public institution.": {
    es: "Un compromiso del desafío debe estar liderado por una institución pública.",
    fr: "Un engagement du défi doit être piloté par une institution publique.",
  },
  "A challenge commitment serves at least one open-government value.": {
    es: "Un compromiso del desafío debe servir al menos a un valor de gobierno abierto.",
    fr: "Un engagement du défi doit servir au moins une valeur du gouvernement ouvert.",
  },
  "The planned start date is required.": {
    es: "La fecha de inicio prevista es obligatoria.",
    fr: "La date de début prévue est obligatoire.",
  },
  "The planned end date is required.": {
    es: "La fecha de fin prevista es obligatoria.",
    fr: "La date de fin prévue est obligatoire.",
  },
  "The commitment cannot end ({0}) before it starts ({1}).": {
    es: "El compromiso no puede terminar ({0}) antes de empezar ({1}).",
    fr: "L'engagement ne peut pas se terminer ({0}) avant de commencer ({1}).",
  },

  // Commitments: their references in the directory (commitment.rules.ts, commitment.upsert.ts).
  "The directory has no member with the id {0}.": {
    es: "El directorio no tiene ningún miembro con el id {0}.",
    fr: "L'annuaire n'a aucun membre avec l'identifiant {0}.",
  },
  'The directory has no member with the OGP code "{0}".': {
    es: "El directorio no tiene ningún miembro con el código OGP «{0}».",
    fr: "L'annuaire n'a aucun membre avec le code OGP « {0} ».",
  },
  "The member {0} is archived: it takes no new commitments.": {
    es: "El miembro {0} está archivado: no admite nuevos compromisos.",
    fr: "Le membre {0} est archivé : il n'accepte plus de nouveaux engagements.",
  },
  "The member {0} has left the partnership (WITHDRAWN): its institutions take no new challenge commitments.": {
    es: "El miembro {0} ha dejado la Alianza (WITHDRAWN): sus instituciones no admiten nuevos compromisos del desafío.",
    fr: "Le membre {0} a quitté le Partenariat (WITHDRAWN) : ses institutions ne peuvent plus prendre de nouveaux engagements du défi.",
  },
  "The directory has no institution with the id {0}.": {
    es: "El directorio no tiene ninguna institución con el id {0}.",
    fr: "L'annuaire n'a aucune institution avec l'identifiant {0}.",
  },
  "The lead institution belongs to another member than {0}.": {
    es: "La institución líder no pertenece al miembro {0}.",
    fr: "L'institution cheffe de file n'appartient pas au membre {0}.",
  },
  "The lead institution is archived.": {
    es: "La institución líder está archivada.",
    fr: "L'institution cheffe de file est archivée.",
  },
  "This institution belongs to another member than {0}.": {
    es: "Esta institución no pertenece al miembro {0}.",
    fr: "Cette institution n'appartient pas au membre {0}.",
  },
  "This institution is archived.": {
    es: "Esta institución está archivada.",
    fr: "Cette institution est archivée.",
  },
  "The directory has no action plan with the id {0}.": {
    es: "El directorio no tiene ningún plan de acción con el id {0}.",
    fr: "L'annuaire n'a aucun plan d'action avec l'identifiant {0}.",
  },
  'The directory has no action plan with the OGP id "{0}".': {
    es: "El directorio no tiene ningún plan de acción con el identificador OGP «{0}».",
    fr: "L'annuaire n'a aucun plan d'action avec l'identifiant OGP « {0} ».",
  },
  "The action plan {0} is not a plan of {1}.": {
    es: "El plan de acción {0} no es un plan del miembro {1}.",
    fr: "Le plan d'action {0} n'est pas un plan du membre {1}.",
  },
  "An action-plan commitment follows its plan's timeline: it cannot start ({0}) before {1} starts ({2}).": {
    es: "Un compromiso de plan de acción sigue el calendario de su plan: no puede empezar ({0}) antes de que empiece el plan {1} ({2}).",
    fr: "Un engagement de plan d'action suit le calendrier de son plan : il ne peut pas commencer ({0}) avant le début du plan {1} ({2}).",
  },
  "An action-plan commitment follows its plan's timeline: it cannot end ({0}) after {1} ends ({2}).": {
    es: "Un compromiso de plan de acción sigue el calendario de su plan: no puede terminar ({0}) después de que termine el plan {1} ({2}).",
    fr: "Un engagement de plan d'action suit le calendrier de son plan : il ne peut pas se terminer ({0}) après la fin du plan {1} ({2}).",
  },
  "The action plan {0} has ended: it takes no new commitments.": {
    es: "El plan de acción {0} ha terminado: no admite nuevos compromisos.",
    fr: "Le plan d'action {0} est terminé : il n'accepte plus de nouveaux engagements.",
  },
  "The action plan {0} is already submitted: challenge commitments join it only inside its amendment window ({1} to {2}), which is not open today.":
    {
      es: "El plan de acción {0} ya se presentó: los compromisos del desafío solo pueden incorporarse a él durante su periodo de modificación (del {1} al {2}), que hoy no está abierto.",
      fr: "Le plan d'action {0} est déjà soumis : les engagements du défi ne peuvent s'y ajouter que pendant sa période de modification (du {1} au {2}), qui n'est pas ouverte aujourd'hui.",
    },
  "The action plan {0} is already submitted and has no amendment window: challenge commitments cannot join it now.": {
    es: "El plan de acción {0} ya se presentó y no tiene periodo de modificación: los compromisos del desafío no pueden incorporarse a él ahora.",
    fr: "Le plan d'action {0} est déjà soumis et n'a pas de période de modification : les engagements du défi ne peuvent pas s'y ajouter maintenant.",
  },

  // Commitments: who may do what, and when (commitment-access.ts, commitment.service.ts, commitment-status.ts).
  "Only officers of the commitment's lead institution and the support unit may do this.": {
    es: "Solo los responsables de la institución líder del compromiso y la unidad de apoyo pueden hacer esto.",
    fr: "Seuls les agents de l'institution cheffe de file de l'engagement et l'unité de soutien peuvent faire ceci.",
  },
  "Officers create commitments only for their own institutions, as lead institution, for their own member.": {
    es: "Los responsables institucionales solo crean compromisos para sus propias instituciones, como institución líder, y para su propio miembro.",
    fr: "Les agents d'institution ne créent des engagements que pour leurs propres institutions, en tant qu'institution cheffe de file, et pour leur propre membre.",
  },
  "Officers may hand the lead only to another institution they act for.": {
    es: "Los responsables institucionales solo pueden ceder el liderazgo a otra institución para la que actúen.",
    fr: "Les agents d'institution ne peuvent confier le pilotage qu'à une autre institution pour laquelle ils agissent.",
  },
  "Another commitment already has this OGP id: OGP ids are unique.": {
    es: "Otro compromiso ya tiene este identificador OGP: los identificadores OGP son únicos.",
    fr: "Un autre engagement a déjà cet identifiant OGP : les identifiants OGP sont uniques.",
  },
  "Another commitment already has the OGP id {0}.": {
    es: "Otro compromiso ya tiene el identificador OGP {0}.",
    fr: "Un autre engagement a déjà l'identifiant OGP {0}.",
  },
  "There is no commitment with the id {0}.": {
    es: "No hay ningún compromiso con el id {0}.",
    fr: "Aucun engagement n'a l'identifiant {0}.",
  },
  'There is no commitment with the OGP id "{0}".': {
    es: "No hay ningún compromiso con el identificador OGP «{0}».",
    fr: "Aucun engagement n'a l'identifiant OGP « {0} ».",
  },
  "An imported commitment cannot change member.": {
    es: "Un compromiso importado no puede cambiar de miembro.",
    fr: "Un engagement importé ne peut pas changer de membre.",
  },
  "A {0} commitment can no longer be edited.": {
    es: "Un compromiso en estado {0} ya no se puede editar.",
    fr: "Un engagement au statut {0} ne peut plus être modifié.",
  },
  "Once {0}, only the support unit edits the commitment; its institution still updates milestones.": {
    es: "Una vez en estado {0}, solo la unidad de apoyo edita el compromiso; su institución aún puede actualizar los hitos.",
    fr: "Une fois l'engagement au statut {0}, seule l'unité de soutien le modifie ; son institution peut encore mettre à jour les jalons.",
  },
  "A commitment cannot go from {0} to {1}. From {2} it can go to {3}.": {
    es: "Un compromiso no puede pasar de {0} a {1}. Desde {2} puede pasar a {3}.",
    fr: "Un engagement ne peut pas passer du statut {0} au statut {1}. Depuis le statut {2}, il peut passer à {3}.",
  },
  "A commitment cannot go from {0} to {1}. {2} is final.": {
    es: "Un compromiso no puede pasar de {0} a {1}. {2} es un estado final.",
    fr: "Un engagement ne peut pas passer du statut {0} au statut {1}. Le statut {2} est final.",
  },
  "Only the support unit moves a commitment from {0} to {1}.": {
    es: "Solo la unidad de apoyo puede pasar un compromiso de {0} a {1}.",
    fr: "Seule l'unité de soutien peut faire passer un engagement du statut {0} au statut {1}.",
  },
  "A commitment is NOT_ELIGIBLE only when at least one criterion is decided NOT_MET; none is.": {
    es: "Un compromiso es NOT_ELIGIBLE solo cuando al menos un criterio se ha decidido NOT_MET; ninguno lo está.",
    fr: "Un engagement n'est NOT_ELIGIBLE que si au moins un critère est décidé NOT_MET ; aucun ne l'est.",
  },
  "A commitment becomes ELIGIBLE only when all four criteria are decided MET; not yet: {0}.": {
    es: "Un compromiso pasa a ELIGIBLE solo cuando los cuatro criterios se han decidido MET; aún no: {0}.",
    fr: "Un engagement ne devient ELIGIBLE que lorsque les quatre critères sont décidés MET ; pas encore : {0}.",
  },
  "Assign the commitment's challenge area before declaring it ELIGIBLE.": {
    es: "Asigne el área del desafío del compromiso antes de declararlo ELIGIBLE.",
    fr: "Attribuez le domaine du défi de l'engagement avant de le déclarer ELIGIBLE.",
  },
  "A {0} commitment's area can no longer change.": {
    es: "El área de un compromiso en estado {0} ya no puede cambiar.",
    fr: "Le domaine d'un engagement au statut {0} ne peut plus changer.",
  },
  "Unknown challenge area.": {
    es: "Área del desafío desconocida.",
    fr: "Domaine du défi inconnu.",
  },

  // Milestones (milestone.service.ts).
  "The commitment is {0}: its milestones can no longer change.": {
    es: "El compromiso está en estado {0}: sus hitos ya no pueden cambiar.",
    fr: "L'engagement a le statut {0} : ses jalons ne peuvent plus changer.",
  },
  "There is no milestone with the id {0}.": {
    es: "No hay ningún hito con el id {0}.",
    fr: "Aucun jalon n'a l'identifiant {0}.",
  },

  // Eligibility (eligibility.service.ts).
  "Unknown eligibility criterion.": {
    es: "Criterio de elegibilidad desconocido.",
    fr: "Critère d'éligibilité inconnu.",
  },
  "Eligibility is decided while the commitment is UNDER_REVIEW; it is {0}.": {
    es: "La elegibilidad se decide mientras el compromiso está en estado UNDER_REVIEW; ahora está en estado {0}.",
    fr: "L'éligibilité se décide pendant que l'engagement a le statut UNDER_REVIEW ; il a le statut {0}.",
  },

  // IRM ratings (irm.service.ts).
  "The IRM rates action-plan commitments; standalone ones self-report progress.": {
    es: "El IRM evalúa los compromisos de planes de acción; los independientes informan de su propio avance.",
    fr: "L'IRM évalue les engagements des plans d'action ; les engagements autonomes rendent compte eux-mêmes de leur avancement.",
  },
  "This commitment is already rated (version {0}): send that version to change it.": {
    es: "Este compromiso ya tiene una evaluación (versión {0}): envíe esa versión para modificarla.",
    fr: "Cet engagement est déjà évalué (version {0}) : envoyez cette version pour modifier l'évaluation.",
  },

  // Statistics (statistics.service.ts).
  "Ask for at most {0} members at once.": {
    es: "Pida como máximo {0} miembros a la vez.",
    fr: "Demandez au plus {0} membres à la fois.",
  },
};
