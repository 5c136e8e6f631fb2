import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the directory subgraph's error messages, keyed by their English template (kit's messages.ts). */
export const directoryMessages: MessageCatalog = {
  // Input rules (shared/validation.ts)
  "The member's name is required.": {
    es: "El nombre del miembro es obligatorio.",
    fr: "Le nom du membre est obligatoire.",
  },
  "The partner's name is required.": {
    es: "El nombre del socio es obligatorio.",
    fr: "Le nom du partenaire est obligatoire.",
  },
  "The contact's name is required.": {
    es: "El nombre del contacto es obligatorio.",
    fr: "Le nom du contact est obligatoire.",
  },
  "The member's name is longer than {0} characters.": {
    es: "El nombre del miembro tiene más de {0} caracteres.",
    fr: "Le nom du membre compte plus de {0} caractères.",
  },
  "The partner's name is longer than {0} characters.": {
    es: "El nombre del socio tiene más de {0} caracteres.",
    fr: "Le nom du partenaire compte plus de {0} caractères.",
  },
  "The contact's name is longer than {0} characters.": {
    es: "El nombre del contacto tiene más de {0} caracteres.",
    fr: "Le nom du contact compte plus de {0} caractères.",
  },
  "A name is longer than {0} characters.": {
    es: "Un nombre tiene más de {0} caracteres.",
    fr: "Un nom compte plus de {0} caractères.",
  },
  '"{0}" is not an OGP member code: 2 to 10 capital letters or digits, starting with a letter, e.g. ALB or ARBA.': {
    es: "«{0}» no es un código de miembro OGP: de 2 a 10 letras mayúsculas o cifras, empezando por una letra, p. ej. ALB o ARBA.",
    fr: "« {0} » n'est pas un code de membre OGP : 2 à 10 lettres majuscules ou chiffres, en commençant par une lettre, par exemple ALB ou ARBA.",
  },
  '"{0}" is not an OGP action-plan id such as AP_ALB01.': {
    es: "«{0}» no es un identificador OGP de plan de acción, como AP_ALB01.",
    fr: "« {0} » n'est pas un identifiant OGP de plan d'action, comme AP_ALB01.",
  },
  '"{0}" is not an ISO 3166-1 alpha-3 country code in capitals, e.g. ARG or GBR.': {
    es: "«{0}» no es un código de país ISO 3166-1 alfa-3 en mayúsculas, p. ej. ARG o GBR.",
    fr: "« {0} » n'est pas un code de pays ISO 3166-1 alpha-3 en majuscules, par exemple ARG ou GBR.",
  },
  "A member type is required; expected one of {0}.": {
    es: "Indique el tipo de miembro; valores admitidos: {0}.",
    fr: "Indiquez le type de membre ; valeurs admises : {0}.",
  },
  '"{0}" is not a known member type; expected one of {1}.': {
    es: "«{0}» no es un tipo de miembro conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un type de membre connu ; valeurs admises : {1}.",
  },
  "A region is required; expected one of {0}.": {
    es: "Indique la región; valores admitidos: {0}.",
    fr: "Indiquez la région ; valeurs admises : {0}.",
  },
  '"{0}" is not a known region; expected one of {1}.': {
    es: "«{0}» no es una región conocida; valores admitidos: {1}.",
    fr: "« {0} » n'est pas une région connue ; valeurs admises : {1}.",
  },
  "A member status is required; expected one of {0}.": {
    es: "Indique el estado del miembro; valores admitidos: {0}.",
    fr: "Indiquez le statut du membre ; valeurs admises : {0}.",
  },
  '"{0}" is not a known member status; expected one of {1}.': {
    es: "«{0}» no es un estado de miembro conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un statut de membre connu ; valeurs admises : {1}.",
  },
  "A branch of government is required; expected one of {0}.": {
    es: "Indique el poder del Estado; valores admitidos: {0}.",
    fr: "Indiquez le pouvoir de l'État ; valeurs admises : {0}.",
  },
  '"{0}" is not a known branch of government; expected one of {1}.': {
    es: "«{0}» no es un poder del Estado conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un pouvoir de l'État connu ; valeurs admises : {1}.",
  },
  "A level of government is required; expected one of {0}.": {
    es: "Indique el nivel de gobierno; valores admitidos: {0}.",
    fr: "Indiquez le niveau de gouvernement ; valeurs admises : {0}.",
  },
  '"{0}" is not a known level of government; expected one of {1}.': {
    es: "«{0}» no es un nivel de gobierno conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un niveau de gouvernement connu ; valeurs admises : {1}.",
  },
  "A partner kind is required; expected one of {0}.": {
    es: "Indique el tipo de socio; valores admitidos: {0}.",
    fr: "Indiquez le type de partenaire ; valeurs admises : {0}.",
  },
  '"{0}" is not a known partner kind; expected one of {1}.': {
    es: "«{0}» no es un tipo de socio conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un type de partenaire connu ; valeurs admises : {1}.",
  },
  "A action-plan status is required; expected one of {0}.": {
    es: "Indique el estado del plan de acción; valores admitidos: {0}.",
    fr: "Indiquez le statut du plan d'action ; valeurs admises : {0}.",
  },
  '"{0}" is not a known action-plan status; expected one of {1}.': {
    es: "«{0}» no es un estado de plan de acción conocido; valores admitidos: {1}.",
    fr: "« {0} » n'est pas un statut de plan d'action connu ; valeurs admises : {1}.",
  },
  "The year joined must be between 2011 (when OGP was launched) and {0}.": {
    es: "El año de adhesión debe estar entre 2011 (cuando se lanzó OGP) y {0}.",
    fr: "L'année d'adhésion doit être comprise entre 2011 (lancement de l'OGP) et {0}.",
  },
  'The start date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de inicio debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de début doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The end date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de fin debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de fin doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The midway refresh date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de la actualización intermedia debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de l'actualisation à mi-parcours doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The amendment window\'s opening date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de apertura del periodo de modificación debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date d'ouverture de la période de modification doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  'The amendment window\'s closing date must be a calendar date written YYYY-MM-DD, not "{0}".': {
    es: "La fecha de cierre del periodo de modificación debe ser una fecha del calendario con el formato AAAA-MM-DD, no «{0}».",
    fr: "La date de fermeture de la période de modification doit être une date du calendrier au format AAAA-MM-JJ, et non « {0} ».",
  },
  "This is not an e-mail address, e.g. name@example.org.": {
    es: "Esta no es una dirección de correo electrónico válida, p. ej. nombre@example.org.",
    fr: "Ce n'est pas une adresse e-mail valide, par exemple nom@example.org.",
  },
  "This is not a phone number: digits, spaces and + ( ) . - / only, e.g. +355 4 227 7000.": {
    es: "Este no es un número de teléfono válido: solo cifras, espacios y + ( ) . - /, p. ej. +355 4 227 7000.",
    fr: "Ce n'est pas un numéro de téléphone valide : uniquement des chiffres, des espaces et + ( ) . - /, par exemple +355 4 227 7000.",
  },
  "The website must be an http:// or https:// address, e.g. https://example.org.": {
    es: "El sitio web debe ser una dirección http:// o https://, p. ej. https://example.org.",
    fr: "Le site web doit être une adresse http:// ou https://, par exemple https://example.org.",
  },
  "The plan's number must be a whole number from 1 to {0}.": {
    es: "El número del plan debe ser un número entero del 1 al {0}.",
    fr: "Le numéro du plan doit être un nombre entier de 1 à {0}.",
  },

  // Members
  "A local member belongs to a country: give that country's ISO 3166-1 alpha-3 code (e.g. ARG for Buenos Aires).": {
    es: "Un miembro local pertenece a un país: indique el código ISO 3166-1 alfa-3 de ese país (p. ej. ARG para Buenos Aires).",
    fr: "Un membre local appartient à un pays : indiquez le code ISO 3166-1 alpha-3 de ce pays (par exemple ARG pour Buenos Aires).",
  },
  "Another member already has the OGP code {0}: OGP codes are unique.": {
    es: "Otro miembro ya tiene el código OGP {0}: los códigos OGP son únicos.",
    fr: "Un autre membre a déjà le code OGP {0} : les codes OGP sont uniques.",
  },
  "There is no member with the id {0}.": {
    es: "No hay ningún miembro con el id {0}.",
    fr: "Aucun membre n'a l'identifiant {0}.",
  },
  'There is no member with the OGP code "{0}".': {
    es: "No hay ningún miembro con el código OGP «{0}».",
    fr: "Aucun membre n'a le code OGP « {0} ».",
  },

  // Institutions
  "An institution needs a name in at least one of English, Spanish or French.": {
    es: "Una institución necesita un nombre en al menos uno de estos idiomas: inglés, español o francés.",
    fr: "Une institution doit avoir un nom dans au moins une de ces langues : anglais, espagnol ou français.",
  },
  "{0} is a local member: its institutions work at the SUBNATIONAL or LOCAL level, not NATIONAL.": {
    es: "{0} es un miembro local: sus instituciones actúan en el nivel SUBNATIONAL o LOCAL, no NATIONAL.",
    fr: "{0} est un membre local : ses institutions agissent au niveau SUBNATIONAL ou LOCAL, pas NATIONAL.",
  },
  '{0} already has an institution named "{1}".': {
    es: "{0} ya tiene una institución llamada «{1}».",
    fr: "{0} a déjà une institution nommée « {1} ».",
  },
  "The member already has an institution of that name.": {
    es: "El miembro ya tiene una institución con ese nombre.",
    fr: "Le membre a déjà une institution de ce nom.",
  },
  "These names match {0} institutions of {1}: give the names of one institution only.": {
    es: "Estos nombres corresponden a {0} instituciones de {1}: indique los nombres de una sola institución.",
    fr: "Ces noms correspondent à {0} institutions de {1} : indiquez les noms d'une seule institution.",
  },
  "There is no institution with the id {0}.": {
    es: "No hay ninguna institución con el id {0}.",
    fr: "Aucune institution n'a l'identifiant {0}.",
  },

  // Partners
  'A partner named "{0}" in {1} already exists.': {
    es: "Ya existe un socio llamado «{0}» en {1}.",
    fr: "Un partenaire nommé « {0} » existe déjà pour le pays {1}.",
  },
  'A partner named "{0}" without a country already exists.': {
    es: "Ya existe un socio llamado «{0}» sin país.",
    fr: "Un partenaire nommé « {0} » sans pays existe déjà.",
  },
  "A partner of that name and country already exists.": {
    es: "Ya existe un socio con ese nombre y ese país.",
    fr: "Un partenaire de ce nom et de ce pays existe déjà.",
  },
  "There is no partner with the id {0}.": {
    es: "No hay ningún socio con el id {0}.",
    fr: "Aucun partenaire n'a l'identifiant {0}.",
  },

  // Action plans
  "An action plan cannot end before it starts: {0} is not after {1}.": {
    es: "Un plan de acción no puede terminar antes de empezar: {0} no es posterior a {1}.",
    fr: "Un plan d'action ne peut pas se terminer avant de commencer : {0} n'est pas postérieur à {1}.",
  },
  "An action plan runs 2 or 4 years (earlier plans ran 1 or 3): give a whole number from 1 to 4.": {
    es: "Un plan de acción dura 2 o 4 años (los planes anteriores duraban 1 o 3): indique un número entero del 1 al 4.",
    fr: "Un plan d'action dure 2 ou 4 ans (les plans plus anciens duraient 1 ou 3 ans) : indiquez un nombre entier de 1 à 4.",
  },
  "Only 4-year action plans have a midway refresh.": {
    es: "Solo los planes de acción de 4 años tienen una actualización intermedia.",
    fr: "Seuls les plans d'action de 4 ans ont une actualisation à mi-parcours.",
  },
  "The midway refresh must fall within the plan ({0} to {1}).": {
    es: "La actualización intermedia debe caer dentro del periodo del plan (del {0} al {1}).",
    fr: "L'actualisation à mi-parcours doit se situer dans la période du plan (du {0} au {1}).",
  },
  "The amendment window closes ({0}) before it opens ({1}).": {
    es: "El periodo de modificación se cierra ({0}) antes de abrirse ({1}).",
    fr: "La période de modification se ferme ({0}) avant de s'ouvrir ({1}).",
  },
  "The amendment window cannot open ({0}) before the plan starts ({1}): only a submitted plan can be amended.": {
    es: "El periodo de modificación no puede abrirse ({0}) antes de que empiece el plan ({1}): solo se puede modificar un plan ya presentado.",
    fr: "La période de modification ne peut pas s'ouvrir ({0}) avant le début du plan ({1}) : seul un plan soumis peut être modifié.",
  },
  "The amendment window cannot close ({0}) after the plan ends ({1}).": {
    es: "El periodo de modificación no puede cerrarse ({0}) después de que termine el plan ({1}).",
    fr: "La période de modification ne peut pas se fermer ({0}) après la fin du plan ({1}).",
  },
  "Another action plan already has the OGP id {0}.": {
    es: "Otro plan de acción ya tiene el identificador OGP {0}.",
    fr: "Un autre plan d'action a déjà l'identifiant OGP {0}.",
  },
  "Another action plan already has that OGP id: OGP ids are unique.": {
    es: "Otro plan de acción ya tiene ese identificador OGP: los identificadores OGP son únicos.",
    fr: "Un autre plan d'action a déjà cet identifiant OGP : les identifiants OGP sont uniques.",
  },

  // Contact persons
  "Contact persons are personal data: sign in to see them.": {
    es: "Las personas de contacto son datos personales: inicie sesión para verlas.",
    fr: "Les personnes de contact sont des données personnelles : connectez-vous pour les voir.",
  },
  "Contact persons are personal data: only the support unit and the organisation's own accounts may see them.": {
    es: "Las personas de contacto son datos personales: solo pueden verlas la unidad de apoyo y las cuentas de la propia organización.",
    fr: "Les personnes de contact sont des données personnelles : seules l'unité de soutien et les comptes de l'organisation elle-même peuvent les voir.",
  },
  "A contact person belongs to exactly one organisation: give `institutionId` or `partnerId`.": {
    es: "Una persona de contacto pertenece a una sola organización: indique `institutionId` o `partnerId`.",
    fr: "Une personne de contact appartient à une seule organisation : indiquez `institutionId` ou `partnerId`.",
  },
  "This contact person was erased on request and cannot be edited; add a new contact instead.": {
    es: "Esta persona de contacto se borró tras una solicitud de supresión y ya no se puede modificar; añada un contacto nuevo en su lugar.",
    fr: "Cette personne de contact a été effacée sur demande et ne peut plus être modifiée ; ajoutez plutôt un nouveau contact.",
  },
  "There is no contact person with the id {0}.": {
    es: "No hay ninguna persona de contacto con el id {0}.",
    fr: "Aucune personne de contact n'a l'identifiant {0}.",
  },
};
