import { describe, expect, it } from "vitest";
import { sanitizeStoryBody } from "./story-body.js";

describe("sanitizeStoryBody", () => {
  it("keeps the safe subset as written", () => {
    const html =
      "<h2>Open contracting</h2><p>In <strong>2024</strong> the city <em>published</em> every contract.</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote<br></blockquote><h3>More</h3>";
    expect(sanitizeStoryBody(html)).toBe(html.replace("<br>", "<br />"));
  });

  it("removes scripts and styles with their content", () => {
    expect(sanitizeStoryBody("<p>Hello</p><script>alert(document.cookie)</script><style>p{}</style>")).toBe("<p>Hello</p>");
    expect(sanitizeStoryBody("<p>a<scr<script>ipt>alert(1)</script></p>")).not.toMatch(/<script/i);
  });

  it("removes event handlers and every attribute outside the subset", () => {
    expect(sanitizeStoryBody('<p onclick="steal()" style="color:red" class="x">Hi <img src=x onerror=alert(1)></p>')).toBe("<p>Hi </p>");
    expect(sanitizeStoryBody('<a href="https://ogp.example/x" onmouseover="steal()" target="_blank">read</a>')).toBe(
      '<a href="https://ogp.example/x" rel="nofollow ugc noopener noreferrer">read</a>',
    );
  });

  it("drops javascript:, data: and relative links but keeps their text", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "&#106;avascript:alert(1)",
      " javascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "//evil.example",
      "/relative",
    ]) {
      const clean = sanitizeStoryBody(`<p><a href="${href}">click</a></p>`);
      expect([href, clean]).toEqual([href, "<p>click</p>"]);
    }
  });

  it("unwraps a refused link without disturbing the links after it", () => {
    expect(
      sanitizeStoryBody(
        '<p><a href="/x">one</a> <a href="https://a.example">two</a> <a href="javascript:x">three</a> <a href="http://b.example">four</a></p>',
      ),
    ).toBe(
      '<p>one <a href="https://a.example" rel="nofollow ugc noopener noreferrer">two</a> three <a href="http://b.example" rel="nofollow ugc noopener noreferrer">four</a></p>',
    );
  });

  it("removes iframes, forms and other tags, keeping their text where it is text", () => {
    expect(sanitizeStoryBody('<div><iframe src="https://evil.example"></iframe><span>kept</span><form><input></form></div>')).toBe("kept");
  });

  it("refuses a body with nothing readable left", () => {
    expect(() => sanitizeStoryBody("<script>alert(1)</script>")).toThrow(/story is required/);
    expect(() => sanitizeStoryBody("   ")).toThrow(/story is required/);
  });
});
