import { expect, fixture, html as testHTML } from "@open-wc/testing";
import { render } from "lit";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefOutline } from "../src/brief-outline/brief-outline.js";
import { html } from "../src/internal/html.js";
import { referenceText, settled, shadow } from "./helpers.js";

/** Text nodes of indentation: whitespace with a line break (a lone space can be content). */
function indentationNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) if (/^\s*\n\s*$/.test(walker.currentNode.textContent ?? "")) count++;
  return count;
}

describe("html, Lit's tag without the indentation between tags", () => {
  it("renders no text node for the line breaks and indentation between tags", () => {
    const host = document.createElement("div");
    const label = "Keywords";
    render(
      html`<ul aria-label=${label}>
        <li>one</li>
        ${html`<li>two</li>`}
      </ul>`,
      host,
    );
    expect(indentationNodes(host)).to.equal(0);
    expect(host.querySelector("ul")?.getAttribute("aria-label")).to.equal("Keywords");
    expect([...host.querySelectorAll("li")].map((li) => li.textContent)).to.deep.equal(["one", "two"]);
  });

  it("keeps a space written between two elements on one line, and text beside a line break", () => {
    const host = document.createElement("div");
    render(html`<span>a</span> <span>b</span> / <span>c</span>`, host);
    expect(host.textContent).to.match(/^a b \/\s+c$/);
  });

  it("parses each template once: the same template renders again with new values", () => {
    const host = document.createElement("div");
    const item = (text: string) => html`<p>${text}</p>`;
    render(item("first"), host);
    const paragraph = host.querySelector("p");
    render(item("second"), host);
    expect(host.querySelector("p")).to.equal(paragraph);
    expect(paragraph?.textContent).to.equal("second");
  });
});

describe("the elements' shadow trees", () => {
  it("hold no indentation text nodes in a card or an outline", async () => {
    const text = await referenceText();
    const card = await fixture<BriefCard>(testHTML`<brief-card language="both">${text}</brief-card>`);
    const outline = await fixture<BriefOutline>(
      testHTML`<brief-outline language="both">${text}</brief-outline>`,
    );
    await settled(card);
    await settled(outline);
    expect(indentationNodes(shadow(card))).to.equal(0);
    expect(indentationNodes(shadow(outline))).to.equal(0);
  });
});
