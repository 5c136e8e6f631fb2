import type { MessageCatalog } from "./messages.js";

/** The Spanish and French of the messages kit's own code says (errors, auth, pagination, batch upserts, records). */
export const kitMessages: MessageCatalog = {
  "You are not allowed to do this.": {
    es: "No tiene permiso para hacer esto.",
    fr: "Vous n'êtes pas autorisé à faire ceci.",
  },
  "Sign in to do this.": {
    es: "Inicie sesión para hacer esto.",
    fr: "Connectez-vous pour faire ceci.",
  },
  "The database is unavailable right now, so nothing was read or saved. Try again in a moment.": {
    es: "La base de datos no está disponible en este momento, así que no se leyó ni guardó nada. Vuelva a intentarlo en un momento.",
    fr: "La base de données est indisponible pour le moment : rien n'a été lu ni enregistré. Réessayez dans un instant.",
  },
  "Internal server error. It has been logged; try again or contact the support unit.": {
    es: "Error interno del servidor. Ha quedado registrado; vuelva a intentarlo o contacte con la unidad de apoyo.",
    fr: "Erreur interne du serveur. Elle a été consignée ; réessayez ou contactez l'unité de soutien.",
  },
  "A batch takes at most {0} rows; this one has {1}. Split it.": {
    es: "Un lote admite como máximo {0} filas; este tiene {1}. Divídalo.",
    fr: "Un lot compte au plus {0} lignes ; celui-ci en a {1}. Divisez-le.",
  },
  "Row {0} has the same key ({1}): each record may appear once per batch.": {
    es: "La fila {0} tiene la misma clave ({1}): cada registro puede aparecer una sola vez por lote.",
    fr: "La ligne {0} a la même clé ({1}) : chaque enregistrement ne peut figurer qu'une fois par lot.",
  },
  "Row {0} already updates the same record: each record may appear once per batch.": {
    es: "La fila {0} ya actualiza el mismo registro: cada registro puede aparecer una sola vez por lote.",
    fr: "La ligne {0} modifie déjà le même enregistrement : chaque enregistrement ne peut figurer qu'une fois par lot.",
  },
  "The cursor is not one this list gave out; start again without `after`.": {
    es: "Esta lista no generó este cursor; vuelva a empezar sin `after`.",
    fr: "Cette liste n'a pas généré ce curseur ; recommencez sans `after`.",
  },
  "`first` must be between 0 and {0}.": {
    es: "`first` debe estar entre 0 y {0}.",
    fr: "`first` doit être compris entre 0 et {0}.",
  },
  "The access token does not name an account and a role.": {
    es: "El token de acceso no indica una cuenta y un rol.",
    fr: "Le jeton d'accès n'indique pas de compte et de rôle.",
  },
  "The access token has expired: refresh it or sign in again.": {
    es: "El token de acceso ha caducado: renuévelo o vuelva a iniciar sesión.",
    fr: "Le jeton d'accès a expiré : renouvelez-le ou reconnectez-vous.",
  },
  "The access token is not valid: sign in again.": {
    es: "El token de acceso no es válido: vuelva a iniciar sesión.",
    fr: "Le jeton d'accès n'est pas valide : reconnectez-vous.",
  },
  "This session has ended: sign in again.": {
    es: "Esta sesión ha terminado: vuelva a iniciar sesión.",
    fr: "Cette session est terminée : reconnectez-vous.",
  },
  "The Authorization header must be `Bearer <access token>`.": {
    es: "La cabecera Authorization debe ser `Bearer <token de acceso>`.",
    fr: "L'en-tête Authorization doit être `Bearer <jeton d'accès>`.",
  },
  "This service accepts no tokens.": {
    es: "Este servicio no acepta tokens.",
    fr: "Ce service n'accepte aucun jeton.",
  },
  "This needs one of the roles {0}.": {
    es: "Esta acción requiere uno de los roles {0}.",
    fr: "Cette action requiert l'un des rôles {0}.",
  },
  "Your session could not be checked right now: try again in a moment.": {
    es: "No se pudo comprobar su sesión en este momento: vuelva a intentarlo en un momento.",
    fr: "Votre session n'a pas pu être vérifiée pour le moment : réessayez dans un instant.",
  },
  "This {0} was changed by someone else (it is at version {1}): reload it and apply your change again.": {
    es: "Otra persona modificó este registro (está en la versión {1}): vuelva a cargarlo y aplique de nuevo su cambio.",
    fr: "Quelqu'un d'autre a modifié cet enregistrement (il en est à la version {1}) : rechargez-le et refaites votre modification.",
    leavesOut: ["{0}"],
  },
  "There is no {0} with the id {1}.": {
    es: "No hay ningún registro con el id {1}.",
    fr: "Aucun enregistrement n'a l'identifiant {1}.",
    leavesOut: ["{0}"],
  },
  "Batch refused: {0} of {1} rows are invalid (see rows); nothing was written.": {
    es: "Lote rechazado: {0} de {1} filas no son válidas (vea las filas); no se escribió nada.",
    fr: "Lot refusé : {0} lignes sur {1} ne sont pas valides (voir les lignes) ; rien n'a été enregistré.",
  },
  "Dry run: every row is valid; nothing was written.": {
    es: "Simulación: todas las filas son válidas; no se escribió nada.",
    fr: "Simulation : toutes les lignes sont valides ; rien n'a été enregistré.",
  },
  "Batch applied.": {
    es: "Lote aplicado.",
    fr: "Lot appliqué.",
  },
  "{0} created, {1} updated, {2} unchanged.": {
    es: "Creados: {0}; actualizados: {1}; sin cambios: {2}.",
    fr: "Créés : {0} ; modifiés : {1} ; inchangés : {2}.",
  },
  "It would create {0}, update {1} and leave {2} unchanged.": {
    es: "Se crearían: {0}; se actualizarían: {1}; quedarían sin cambios: {2}.",
    fr: "Seraient créés : {0} ; seraient modifiés : {1} ; resteraient inchangés : {2}.",
  },
  "Another change created one of these records at the same time: send the batch again.": {
    es: "Otro cambio creó uno de estos registros al mismo tiempo: vuelva a enviar el lote.",
    fr: "Une autre modification a créé l'un de ces enregistrements au même moment : renvoyez le lot.",
  },
};
