import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the identity subgraph's error messages, keyed by their English template (kit's messages.ts). */
export const identityMessages: MessageCatalog = {
  // Sign-in and sessions
  "E-mail or password is wrong.": {
    es: "El correo electrónico o la contraseña no son correctos.",
    fr: "L'adresse e-mail ou le mot de passe est incorrect.",
  },
  "Too many failed sign-ins with this e-mail: sign-in is locked until {0}. Try again after that time.": {
    es: "Demasiados intentos fallidos de inicio de sesión con este correo electrónico: el inicio de sesión está bloqueado hasta {0}. Vuelva a intentarlo después de esa hora.",
    fr: "Trop de tentatives de connexion échouées avec cette adresse e-mail : la connexion est bloquée jusqu'à {0}. Réessayez après cette heure-là.",
  },
  "This account is disabled. Ask the support unit to enable it again.": {
    es: "Esta cuenta está desactivada. Pida a la unidad de apoyo que vuelva a activarla.",
    fr: "Ce compte est désactivé. Demandez à l'unité de soutien de le réactiver.",
  },
  "The refresh token is not valid: sign in again.": {
    es: "El token de actualización no es válido: vuelva a iniciar sesión.",
    fr: "Le jeton d'actualisation n'est pas valide : reconnectez-vous.",
  },
  "The refresh token has expired: sign in again.": {
    es: "El token de actualización ha caducado: vuelva a iniciar sesión.",
    fr: "Le jeton d'actualisation a expiré : reconnectez-vous.",
  },
  "This refresh token was exchanged moments ago, by another tab or request: use the newest one.": {
    es: "Este token de actualización se canjeó hace unos instantes, desde otra pestaña u otra solicitud: use el más reciente.",
    fr: "Ce jeton d'actualisation a été échangé il y a quelques instants, par un autre onglet ou une autre requête : utilisez le plus récent.",
  },
  "This refresh token was already used, so it may have been copied: the session has been ended for safety. Sign in again.": {
    es: "Este token de actualización ya se había usado, así que puede haber sido copiado: por seguridad, se ha cerrado la sesión. Vuelva a iniciar sesión.",
    fr: "Ce jeton d'actualisation a déjà été utilisé, il a donc pu être copié : la session a été fermée par sécurité. Reconnectez-vous.",
  },

  // Passwords, e-mails and names
  "A password needs at least {0} characters; a few words make a good one.": {
    es: "Una contraseña necesita al menos {0} caracteres; unas cuantas palabras forman una buena contraseña.",
    fr: "Un mot de passe doit compter au moins {0} caractères ; quelques mots font un bon mot de passe.",
  },
  "A password has at most {0} characters.": {
    es: "Una contraseña tiene como máximo {0} caracteres.",
    fr: "Un mot de passe compte au plus {0} caractères.",
  },
  "The current password is wrong.": {
    es: "La contraseña actual no es correcta.",
    fr: "Le mot de passe actuel est incorrect.",
  },
  "This account signs in without a password.": {
    es: "Esta cuenta inicia sesión sin contraseña.",
    fr: "Ce compte se connecte sans mot de passe.",
  },
  "Enter a valid e-mail address, like name@example.org.": {
    es: "Indique una dirección de correo electrónico válida, como nombre@example.org.",
    fr: "Indiquez une adresse e-mail valide, comme nom@example.org.",
  },
  "Enter a display name.": {
    es: "Indique un nombre para mostrar.",
    fr: "Indiquez un nom affiché.",
  },
  "A display name has at most {0} characters.": {
    es: "Un nombre para mostrar tiene como máximo {0} caracteres.",
    fr: "Un nom affiché compte au plus {0} caractères.",
  },

  // Accounts: roles and scopes
  'There is no account with the id "{0}".': {
    es: "No hay ninguna cuenta con el id «{0}».",
    fr: "Aucun compte n'a l'identifiant « {0} ».",
  },
  "The account has changed since you read it (you sent version {0}). Reload it and try again.": {
    es: "La cuenta ha cambiado desde que la leyó (envió la versión {0}). Vuelva a cargarla e inténtelo de nuevo.",
    fr: "Le compte a changé depuis que vous l'avez lu (vous avez envoyé la version {0}). Rechargez-le et réessayez.",
  },
  "The account has changed since you read it (you sent version {0}, it is now at version {1}). Reload it and try again.": {
    es: "La cuenta ha cambiado desde que la leyó (envió la versión {0}, ahora está en la versión {1}). Vuelva a cargarla e inténtelo de nuevo.",
    fr: "Le compte a changé depuis que vous l'avez lu (vous avez envoyé la version {0}, il en est maintenant à la version {1}). Rechargez-le et réessayez.",
  },
  "You cannot disable your own account; ask another administrator.": {
    es: "No puede desactivar su propia cuenta; pídaselo a otro administrador.",
    fr: "Vous ne pouvez pas désactiver votre propre compte ; demandez-le à un autre administrateur.",
  },
  "You cannot change your own role; ask another administrator.": {
    es: "No puede cambiar su propio rol; pídaselo a otro administrador.",
    fr: "Vous ne pouvez pas changer votre propre rôle ; demandez-le à un autre administrateur.",
  },
  "API clients are created with `createApiKey`.": {
    es: "Los clientes de la API se crean con `createApiKey`.",
    fr: "Les clients de l'API se créent avec `createApiKey`.",
  },
  "An API client keeps its role; revoke its key instead.": {
    es: "Un cliente de la API conserva su rol; revoque su clave en lugar de cambiarlo.",
    fr: "Un client de l'API garde son rôle ; révoquez plutôt sa clé.",
  },
  "An institution officer acts for one member: give its id.": {
    es: "Un responsable institucional actúa para un solo miembro: indique su id.",
    fr: "Un agent d'institution agit pour un seul membre : indiquez son identifiant.",
  },
  "An institution officer acts for at least one institution: give their ids.": {
    es: "Un responsable institucional actúa para al menos una institución: indique sus id.",
    fr: "Un agent d'institution agit pour au moins une institution : indiquez leurs identifiants.",
  },
  "An institution officer has no partner.": {
    es: "Un responsable institucional no tiene socio.",
    fr: "Un agent d'institution n'a pas de partenaire.",
  },
  "A partner editor edits for one partner: give its id.": {
    es: "Un editor de organización aliada edita para una sola organización socia: indique su id.",
    fr: "Un éditeur partenaire édite pour une seule organisation partenaire : indiquez son identifiant.",
  },
  "A partner editor acts for a partner, not for a member or institutions.": {
    es: "Un editor de organización aliada actúa para una organización socia, no para un miembro ni para instituciones.",
    fr: "Un éditeur partenaire agit pour une organisation partenaire, pas pour un membre ni pour des institutions.",
  },
  "The role {0} has no member, institution or partner scope.": {
    es: "El rol {0} no se vincula a ningún miembro, institución ni socio.",
    fr: "Le rôle {0} ne se rattache à aucun membre, institution ni partenaire.",
  },

  // The scope checked against the directory
  'The directory has no member with the id "{0}".': {
    es: "El directorio no tiene ningún miembro con el id «{0}».",
    fr: "L'annuaire n'a aucun membre avec l'identifiant « {0} ».",
  },
  'The member "{0}" is archived: it takes no new officers.': {
    es: "El miembro «{0}» está archivado: no admite nuevos responsables institucionales.",
    fr: "Le membre « {0} » est archivé : il n'accepte plus de nouveaux agents d'institution.",
  },
  "The directory has no institution with the id {0}.": {
    es: "El directorio no tiene ninguna institución con el id {0}.",
    fr: "L'annuaire n'a aucune institution avec l'identifiant {0}.",
  },
  "These institutions are archived and take no new officers: {0}.": {
    es: "Estas instituciones están archivadas y no admiten nuevos responsables institucionales: {0}.",
    fr: "Ces institutions sont archivées et n'acceptent plus de nouveaux agents d'institution : {0}.",
  },
  'These institutions belong to another member than "{0}": {1}.': {
    es: "Estas instituciones pertenecen a un miembro distinto de «{0}»: {1}.",
    fr: "Ces institutions appartiennent à un autre membre que « {0} » : {1}.",
  },
  'The directory has no partner with the id "{0}".': {
    es: "El directorio no tiene ningún socio con el id «{0}».",
    fr: "L'annuaire n'a aucun partenaire avec l'identifiant « {0} ».",
  },
  'The partner "{0}" is archived: it takes no new editors.': {
    es: "El socio «{0}» está archivado: no admite nuevos editores.",
    fr: "Le partenaire « {0} » est archivé : il n'accepte plus de nouveaux éditeurs.",
  },
  "The directory could not be reached to check the member, institutions or partner, so nothing was saved. Try again in a minute; if it keeps failing, tell the operators (the identity subgraph's DIRECTORY_URL).":
    {
      es: "No se pudo contactar con el directorio para comprobar el miembro, las instituciones o el socio, así que no se guardó nada. Vuelva a intentarlo en un minuto; si sigue fallando, avise a los operadores (DIRECTORY_URL del subgrafo identity).",
      fr: "L'annuaire n'a pas pu être joint pour vérifier le membre, les institutions ou le partenaire : rien n'a été enregistré. Réessayez dans une minute ; si l'échec persiste, prévenez les opérateurs (DIRECTORY_URL du sous-graphe identity).",
    },

  // Invitations
  "Dashboards get an API key with `createApiKey`, not an invitation.": {
    es: "Los tableros reciben una clave de API con `createApiKey`, no una invitación.",
    fr: "Les tableaux de bord reçoivent une clé d'API avec `createApiKey`, pas une invitation.",
  },
  "Only an administrator invites accounts with the role {0}.": {
    es: "Solo un administrador puede invitar cuentas con el rol {0}.",
    fr: "Seul un administrateur peut inviter des comptes avec le rôle {0}.",
  },
  "An account with this e-mail already exists.": {
    es: "Ya existe una cuenta con este correo electrónico.",
    fr: "Un compte existe déjà avec cette adresse e-mail.",
  },
  'There is no invitation with the id "{0}".': {
    es: "No hay ninguna invitación con el id «{0}».",
    fr: "Aucune invitation n'a l'identifiant « {0} ».",
  },
  "Only an administrator withdraws an invitation of support-unit staff.": {
    es: "Solo un administrador puede retirar una invitación dirigida al personal de la unidad de apoyo.",
    fr: "Seul un administrateur peut retirer une invitation destinée au personnel de l'unité de soutien.",
  },
  "This invitation has already been accepted: disable the account instead.": {
    es: "Esta invitación ya fue aceptada: desactive la cuenta en su lugar.",
    fr: "Cette invitation a déjà été acceptée : désactivez plutôt le compte.",
  },
  "This invitation was accepted or withdrawn meanwhile: reload it.": {
    es: "Mientras tanto, esta invitación fue aceptada o retirada: vuelva a cargarla.",
    fr: "Cette invitation a été acceptée ou retirée entre-temps : rechargez-la.",
  },
  "This invitation token is not valid. Check that it was copied whole.": {
    es: "Este código de invitación no es válido. Compruebe que se copió completo.",
    fr: "Ce code d'invitation n'est pas valide. Vérifiez qu'il a été copié en entier.",
  },
  "This invitation has already been used: sign in instead.": {
    es: "Esta invitación ya se usó: inicie sesión en su lugar.",
    fr: "Cette invitation a déjà été utilisée : connectez-vous plutôt.",
  },
  "This invitation was withdrawn or replaced by a newer one: use the token of the latest invitation, or ask the support unit for one.": {
    es: "Esta invitación fue retirada o sustituida por una más reciente: use el código de la última invitación o pida una a la unidad de apoyo.",
    fr: "Cette invitation a été retirée ou remplacée par une plus récente : utilisez le code de la dernière invitation, ou demandez-en une à l'unité de soutien.",
  },
  "This invitation expired at {0}: ask the support unit for a new one.": {
    es: "Esta invitación caducó el {0}: pida una nueva a la unidad de apoyo.",
    fr: "Cette invitation a expiré le {0} : demandez-en une nouvelle à l'unité de soutien.",
  },
  "An account with this e-mail already exists: sign in instead.": {
    es: "Ya existe una cuenta con este correo electrónico: inicie sesión con ella.",
    fr: "Un compte existe déjà avec cette adresse e-mail : connectez-vous avec celui-ci.",
  },

  // API keys
  "Name the key after the dashboard that will use it.": {
    es: "Dé a la clave el nombre del tablero que la usará.",
    fr: "Nommez la clé d'après le tableau de bord qui l'utilisera.",
  },
  "A key's name has at most {0} characters.": {
    es: "El nombre de una clave tiene como máximo {0} caracteres.",
    fr: "Le nom d'une clé compte au plus {0} caractères.",
  },
  'There is no API key with the id "{0}".': {
    es: "No hay ninguna clave de API con el id «{0}».",
    fr: "Aucune clé d'API n'a l'identifiant « {0} ».",
  },
  "The API key is not valid or has been revoked.": {
    es: "La clave de API no es válida o ha sido revocada.",
    fr: "La clé d'API n'est pas valide ou a été révoquée.",
  },
};
