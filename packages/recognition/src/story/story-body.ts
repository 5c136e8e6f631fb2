import { BadUserInputError, msg } from "@ogc/kit";
import sanitizeHtml from "sanitize-html";
import { isWebAddress } from "../shared/validation.js";

/** The longest body accepted, in characters of HTML as submitted. */
export const MAX_BODY_LENGTH = 50_000;

/**
 * The small safe subset of HTML a story may use. sanitize-html (maintained, widely used) parses the HTML with
 * htmlparser2 the way a browser would, then keeps only these tags and attributes: a hand-written regex filter would
 * miss the many ways browsers accept broken markup (`<scr<script>ipt>`, unquoted attributes, entity-encoded schemes).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "blockquote"],
  allowedAttributes: { a: ["href"] },
  // Links to http(s) only: javascript:, data:, vbscript: and relative or protocol-relative hrefs are dropped.
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Elements whose content is not text (script, style, ...) go with their content; other disallowed tags keep their text.
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "svg", "math", "template"],
};

/**
 * Second pass, over HTML the first pass made safe: a link whose href was dropped, or is not an absolute
 * http(s) address (relative links mean nothing outside this site), becomes its text, and every link
 * is marked as user content, so readers' browsers pass on neither credit nor the page they came from.
 */
const LINKS: sanitizeHtml.IOptions = {
  // `span` is allowed here only to be unwrapped by a third pass: renaming into a disallowed tag directly trips a
  // sanitize-html bug (2.18: a discarded renamed tag leaves its new name to the next sibling's closing tag).
  allowedTags: [...(OPTIONS.allowedTags || []), "span"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag =>
      attribs.href && isWebAddress(attribs.href)
        ? { tagName, attribs: { href: attribs.href, rel: "nofollow ugc noopener noreferrer" } }
        : { tagName: "span", attribs: {} },
  },
};

/** Third pass: unwraps the spans the second left, keeping the links it marked. */
const UNWRAP: sanitizeHtml.IOptions = { ...OPTIONS, allowedAttributes: { a: ["href", "rel"] } };

/** The body as stored: only the safe subset kept, trimmed; BAD_USER_INPUT on `body` when nothing readable is left. */
export function sanitizeStoryBody(html: string | null | undefined, field = "body"): string {
  const raw = html ?? "";
  if (raw.length > MAX_BODY_LENGTH) throw new BadUserInputError(msg`The story is longer than ${MAX_BODY_LENGTH} characters.`, field);
  const clean = sanitizeHtml(sanitizeHtml(sanitizeHtml(raw, OPTIONS), LINKS), UNWRAP).trim();
  const text = sanitizeHtml(clean, { allowedTags: [], allowedAttributes: {} }).trim();
  if (!text) throw new BadUserInputError("The story is required: write a few sentences (HTML is reduced to a small safe subset).", field);
  return clean;
}
