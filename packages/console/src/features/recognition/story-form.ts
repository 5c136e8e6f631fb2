import { readPreference, removePreference, writePreference } from "../../app/storage";
import type { ChallengeAreaCode, Locale } from "../../gql/graphql";

/** A story as a person types it: plain text, turned into the API's small HTML subset when sent. */
export interface StoryFields {
  title: string;
  body: string;
  language: Locale;
  areas: ChallengeAreaCode[];
  /** One address per line. */
  media: string;
}

export const emptyStory = (language: Locale): StoryFields => ({ title: "", body: "", language, areas: [], media: "" });

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Plain text to the story HTML the API keeps: a blank line starts a paragraph, a line break stays a line break. */
export function storyHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** Non-empty, trimmed lines. */
export function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

export type StoryErrors = Partial<Record<"title" | "body" | "areas" | "media", "required" | "pickOne" | "notHttp">>;

export function validateStory(fields: StoryFields): StoryErrors {
  const errors: StoryErrors = {};
  if (!fields.title.trim()) errors.title = "required";
  if (!fields.body.trim()) errors.body = "required";
  if (fields.areas.length === 0) errors.areas = "pickOne";
  if (lines(fields.media).some((link) => !/^https?:\/\/\S+$/i.test(link))) errors.media = "notHttp";
  return errors;
}

/** One story draft per account, kept in localStorage so a long story survives a closed tab. */
export const storyDraftKey = (accountId: string) => `ogc.story-draft.${accountId}`;

export function loadStoryDraft(accountId: string): StoryFields | null {
  const raw = readPreference(storyDraftKey(accountId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoryFields>;
    return typeof parsed === "object" && parsed !== null ? { ...emptyStory("EN"), ...parsed } : null;
  } catch {
    return null;
  }
}

/** Keeps what was typed; an untouched form leaves no draft behind (so nothing "restored" is empty). */
export function saveStoryDraft(accountId: string, fields: StoryFields): void {
  const blank = !fields.title.trim() && !fields.body.trim() && !fields.media.trim() && fields.areas.length === 0;
  if (blank) removePreference(storyDraftKey(accountId));
  else writePreference(storyDraftKey(accountId), JSON.stringify(fields));
}

export function discardStoryDraft(accountId: string): void {
  removePreference(storyDraftKey(accountId));
}
