import { describe, expect, it } from "vitest";
import { emptyStory, storyHtml, validateStory } from "./story-form";

describe("story form", () => {
  it("turns plain text into paragraphs, and typed markup into text", () => {
    expect(storyHtml("First line\nsecond line\n\n  <script>alert(1)</script> & more  \n")).toBe(
      "<p>First line<br>second line</p><p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>",
    );
  });

  it("asks for a title, a story, an area, and web addresses only", () => {
    expect(validateStory({ ...emptyStory("EN"), media: "www.example.org" })).toEqual({
      title: "required",
      body: "required",
      areas: "pickOne",
      media: "notHttp",
    });
    expect(validateStory({ title: "T", body: "B", language: "EN", areas: ["JUSTICE"], media: "https://example.org/a\n\n" })).toEqual({});
  });
});
