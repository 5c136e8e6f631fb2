import type { MessageCatalog } from "@ogc/kit";

/** The Spanish and French of the gateway's own refusals and replacement messages, keyed by their English template. */
export const gatewayMessages: MessageCatalog = {
  "Too many requests: the limit is {0} per {1} s from the IP address {2}. Try again in {3} s.": {
    es: "Demasiadas solicitudes: el límite es de {0} cada {1} s desde la dirección IP {2}. Vuelva a intentarlo dentro de {3} s.",
    fr: "Trop de requêtes : la limite est de {0} par {1} s depuis l'adresse IP {2}. Réessayez dans {3} s.",
  },
  "Too many requests: the limit is {0} per {1} s for this API client. Try again in {2} s.": {
    es: "Demasiadas solicitudes: el límite es de {0} cada {1} s para este cliente de la API. Vuelva a intentarlo dentro de {2} s.",
    fr: "Trop de requêtes : la limite est de {0} par {1} s pour ce client de l'API. Réessayez dans {2} s.",
  },
  "Too many requests: the limit is {0} per {1} s for this account. Try again in {2} s.": {
    es: "Demasiadas solicitudes: el límite es de {0} cada {1} s para esta cuenta. Vuelva a intentarlo dentro de {2} s.",
    fr: "Trop de requêtes : la limite est de {0} par {1} s pour ce compte. Réessayez dans {2} s.",
  },
  "The operation nests fields {0} levels deep; the limit is {1}. Fetch the deeper part with a second operation.": {
    es: "La operación anida campos en {0} niveles; el límite es {1}. Pida la parte más profunda con una segunda operación.",
    fr: "L'opération imbrique des champs sur {0} niveaux ; la limite est de {1}. Demandez la partie la plus profonde dans une seconde opération.",
  },
  "The operation uses {0} aliases; the limit is {1}. Split it into several operations.": {
    es: "La operación usa {0} alias; el límite es {1}. Divídala en varias operaciones.",
    fr: "L'opération utilise {0} alias ; la limite est de {1}. Divisez-la en plusieurs opérations.",
  },
  "The operation uses {0} directives; the limit is {1}.": {
    es: "La operación usa {0} directivas; el límite es {1}.",
    fr: "L'opération utilise {0} directives ; la limite est de {1}.",
  },
  "The operation's estimated cost is {0}; the limit is {1}. Every object counts 1, times the page sizes of the lists around it (`first`/`last`, {2} when not given): ask for smaller pages or fewer nested lists.":
    {
      es: "El coste estimado de la operación es {0}; el límite es {1}. Cada objeto cuenta 1, multiplicado por el tamaño de página de las listas que lo contienen (`first`/`last`, {2} si no se indica): pida páginas más pequeñas o menos listas anidadas.",
      fr: "Le coût estimé de l'opération est de {0} ; la limite est de {1}. Chaque objet compte 1, multiplié par la taille de page des listes qui l'entourent (`first`/`last`, {2} si elle n'est pas donnée) : demandez des pages plus petites ou moins de listes imbriquées.",
    },
  "The operation has more than {0} tokens (names, punctuation, values), the limit. Split it into several operations.": {
    es: "La operación tiene más de {0} elementos léxicos (nombres, puntuación, valores), el límite. Divídala en varias operaciones.",
    fr: "L'opération compte plus de {0} unités lexicales (noms, ponctuation, valeurs), la limite. Divisez-la en plusieurs opérations.",
  },
  "This request could have been sent by another website without your knowledge, so it was refused. Send GraphQL requests as POST with `content-type: application/json`, or add the header `{0}: <your app's name>`.":
    {
      es: "Otro sitio web podría haber enviado esta solicitud sin que usted lo sepa, así que se rechazó. Envíe las solicitudes GraphQL como POST con `content-type: application/json`, o añada la cabecera `{0}: <nombre de su aplicación>`.",
      fr: "Cette requête aurait pu être envoyée par un autre site web à votre insu : elle a donc été refusée. Envoyez les requêtes GraphQL en POST avec `content-type: application/json`, ou ajoutez l'en-tête `{0}: <nom de votre application>`.",
    },
  "The `{0}` parameter of a GET must be JSON.": {
    es: "El parámetro `{0}` de un GET debe ser JSON.",
    fr: "Le paramètre `{0}` d'un GET doit être du JSON.",
  },
  "A GraphQL POST must carry a JSON body with `content-type: application/json`, not `{0}`.": {
    es: "Un POST GraphQL debe llevar un cuerpo JSON con `content-type: application/json`, no `{0}`.",
    fr: "Un POST GraphQL doit porter un corps JSON avec `content-type: application/json`, et non `{0}`.",
  },
  "A GraphQL POST must carry a JSON body with `content-type: application/json`.": {
    es: "Un POST GraphQL debe llevar un cuerpo JSON con `content-type: application/json`.",
    fr: "Un POST GraphQL doit porter un corps JSON avec `content-type: application/json`.",
  },
  "The request body is larger than {0} bytes, the limit. Send smaller variables or split the request.": {
    es: "El cuerpo de la solicitud supera los {0} bytes, el límite. Envíe variables más pequeñas o divida la solicitud.",
    fr: "Le corps de la requête dépasse {0} octets, la limite. Envoyez des variables plus petites ou divisez la requête.",
  },
  "A service this request needs is unavailable right now; try again later.": {
    es: "Un servicio que necesita esta solicitud no está disponible en este momento; vuelva a intentarlo más tarde.",
    fr: "Un service dont cette requête a besoin est indisponible pour le moment ; réessayez plus tard.",
  },
  "A service this request needs took too long to answer; try again later.": {
    es: "Un servicio que necesita esta solicitud tardó demasiado en responder; vuelva a intentarlo más tarde.",
    fr: "Un service dont cette requête a besoin a mis trop de temps à répondre ; réessayez plus tard.",
  },
};
