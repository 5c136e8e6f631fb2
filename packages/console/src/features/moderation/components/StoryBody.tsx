import Link from "@mui/material/Link";
import type { ReactNode } from "react";

// The server keeps only these tags (see `Story.body`); the console renders nothing else, whatever it is sent.
const BLOCKS = new Set(["p", "ul", "ol", "li", "h2", "h3", "blockquote", "strong", "em"]);

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const children = Array.from(element.childNodes).map(toReact);
  if (tag === "br") return <br key={key} />;
  if (tag === "a") {
    const href = element.getAttribute("href") ?? "";
    // Only web links: anything else (javascript:, data:) shows as its text.
    if (!/^https?:\/\//i.test(href)) return <span key={key}>{children}</span>;
    return (
      <Link key={key} href={href} rel="nofollow ugc noopener noreferrer" target="_blank">
        {children}
      </Link>
    );
  }
  if (BLOCKS.has(tag)) {
    const Tag = tag as "p";
    return <Tag key={key}>{children}</Tag>;
  }
  // Unknown tags lose their markup and keep their text; scripts and styles lose both.
  if (tag === "script" || tag === "style") return null;
  return <span key={key}>{children}</span>;
}

/**
 * A story's body, sanitised by the server, rendered as React elements rather than injected HTML: the moderator reads
 * it as it will be published, and a body that somehow slipped past the server still cannot run anything here.
 */
export function StoryBody({ html }: { html: string }) {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  return <div>{Array.from(parsed.body.childNodes).map(toReact)}</div>;
}
