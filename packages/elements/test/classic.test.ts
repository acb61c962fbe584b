// The built classic-script file (npm run build first), loaded the way a CMS that strips
// type="module" would: a plain <script src>. This page imports nothing else from the package, so
// whatever gets defined comes from that file.
import { expect } from "@open-wc/testing";
import type {} from "../src/classic.js";
import { all, texts, until } from "./helpers.js";

const CLASSIC_URL = "/dist/briefkit.classic.min.js";
const MODULE_URL = "/dist/briefkit.min.js";
const BRIEF_TEXT = `網站來源/Source: The Diplomat

摘要:
一段簡短的導言。
  • 一個要點。

Summary:
A short lead.
  • One point.`;

function loadClassicScript(): Promise<HTMLScriptElement> {
  const script = document.createElement("script");
  script.src = CLASSIC_URL;
  return new Promise((resolve, reject) => {
    script.addEventListener("load", () => resolve(script), { once: true });
    script.addEventListener("error", () => reject(new Error(`${CLASSIC_URL} did not load`)), { once: true });
    document.head.append(script);
  });
}

describe("the classic-script build, loaded with a plain <script src>", () => {
  let card: HTMLElement;
  let script: HTMLScriptElement;

  before(async () => {
    // Already in the page when the script runs, as markup is before a deferred script.
    card = document.createElement("brief-card");
    card.setAttribute("language", "en");
    card.textContent = BRIEF_TEXT;
    document.body.append(card);
    expect(customElements.get("brief-card")).to.equal(undefined);
    script = await loadClassicScript();
  });

  after(() => {
    card.remove();
    script.remove();
  });

  it("ran as a classic script, not a module", () => {
    expect(script.type).to.equal("");
    expect(script.noModule).to.equal(false);
  });

  // Compared as booleans: chai's diff of two element classes runs to pages of Lit internals.
  it("defines both elements with the classes it leaves on window.briefkit", () => {
    expect(typeof window.briefkit).to.equal("object");
    const card = customElements.get("brief-card");
    const outline = customElements.get("brief-outline");
    expect(card !== undefined && card === window.briefkit.BriefCard, "<brief-card>").to.equal(true);
    expect(outline !== undefined && outline === window.briefkit.BriefOutline, "<brief-outline>").to.equal(
      true,
    );
  });

  it("exposes the same names as the ES bundle", async () => {
    const bundle = (await import(MODULE_URL)) as Record<string, unknown>;
    expect(Object.keys(window.briefkit).sort()).to.deep.equal(Object.keys(bundle).sort());
    expect(window.briefkit.parseBrief).to.be.a("function");
  });

  it("upgrades a card that was already in the page and renders the brief in its text content", async () => {
    await until(() => card.shadowRoot?.querySelector('[part="card"]'), "the card did not render");
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Diplomat"]);
    expect(texts(card, '[part="lead"]')).to.deep.equal(["A short lead."]);
  });

  it("renders an outline created after it ran", async () => {
    const outline = document.createElement("brief-outline");
    outline.setAttribute("language", "both");
    outline.textContent = BRIEF_TEXT;
    document.body.append(outline);
    try {
      await until(() => outline.shadowRoot?.querySelector('[part="point"]'), "the outline did not render");
      expect(all(outline, '[part="point"]')).to.have.length(2);
    } finally {
      outline.remove();
    }
  });
});
