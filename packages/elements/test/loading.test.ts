import { expect, fixture, html } from "@open-wc/testing";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefErrorEvent } from "../src/internal/events.js";
import { BriefLoadError } from "../src/internal/load-error.js";
import { all, failed, loaded, normalize, one, settled, smallBrief, texts, until } from "./helpers.js";

let requestId = 0;
const uniqueId = () => `${Date.now()}-${++requestId}`;

/** A card not yet on the page, so a test can listen before it starts loading. */
function detachedCard(attributes: Record<string, string>): BriefCard {
  const card = document.createElement("brief-card");
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  return card;
}

async function load(attributes: Record<string, string>): Promise<BriefCard> {
  const card = detachedCard({ language: "en", ...attributes });
  await fixture(html`<div>${card}</div>`);
  await settled(card);
  return card;
}

async function errorOf(attributes: Record<string, string>): Promise<BriefLoadError> {
  const card = detachedCard({ language: "en", ...attributes });
  const event = failed(card);
  await fixture(html`<div>${card}</div>`);
  return (await event).detail.error;
}

/** What the mock server noted of slow request `id`: whether it was received, or hung up on. */
async function serverNoted(what: "received" | "aborted", id: string): Promise<boolean> {
  return (await fetch(`/mock/${what}?id=${id}`)).json() as Promise<boolean>;
}

const wasAborted = (id: string) => serverNoted("aborted", id);

/**
 * Waits until the slow request has reached the server. On a loaded machine the element can abort it
 * before it is sent, and then the server never sees a hang-up to report.
 */
async function reachedServer(id: string): Promise<void> {
  await until(() => serverNoted("received", id), "the slow request never reached the server");
}

describe("src", () => {
  it("loads a .txt brief and fires brief-load with its diagnostics", async () => {
    const card = detachedCard({ src: "/mock/brief.txt", language: "en" });
    const event = loaded(card);
    await fixture(html`<div>${card}</div>`);
    const { detail } = await event;
    expect(detail.brief.source).to.equal("Foreign Policy");
    expect(detail.diagnostics.map((diagnostic) => diagnostic.code)).to.include("unbalanced-bracket");
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
  });

  it("loads a JSON brief", async () => {
    const card = await load({ src: "/mock/brief.json" });
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
    expect(texts(card, '[part="lead"]')).to.deep.equal([
      "Indonesia expands nickel processing and draws foreign investment.",
    ]);
  });

  it("recognises JSON served as text/plain", async () => {
    const card = await load({ src: "/mock/brief-as-text.json" });
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
  });

  it("shows the first brief of a JSON array", async () => {
    const card = await load({ src: "/mock/briefs.json" });
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
  });

  it("reads brief text served as application/octet-stream", async () => {
    const card = await load({ src: "/mock/brief-octets" });
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
  });

  it("resolves a relative src against the page", async () => {
    const card = await load({ src: "../mock/brief.json" });
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
  });

  it("shows a loading placeholder that keeps its height until the brief arrives", async () => {
    const card = detachedCard({ src: `/mock/slow?id=${uniqueId()}&ms=300`, language: "en" });
    const event = loaded(card);
    await fixture(html`<div>${card}</div>`);
    const placeholder = one(card, '[part="loading"]');
    expect(placeholder.getAttribute("aria-hidden")).to.equal("true");
    expect(placeholder.getBoundingClientRect().height).to.be.at.least(200);
    expect(texts(card, '[role="status"]')).to.deep.equal(["Loading the brief…"]);
    await event;
    expect(all(card, '[part="loading"]')).to.have.length(0);
    expect(texts(card, '[role="status"]')).to.deep.equal([""]);
  });
});

describe("src failures", () => {
  it("shows a polite error with a retry button on a 404", async () => {
    const card = detachedCard({ src: "/mock/missing", language: "en" });
    const event = failed(card);
    await fixture(html`<div>${card}</div>`);
    const { detail } = await event;
    expect(detail.error).to.be.instanceOf(BriefLoadError);
    expect(detail.error.reason).to.equal("http");
    expect(detail.error.status).to.equal(404);
    const status = one(card, '[role="status"]');
    expect(status.querySelector('[part="error"]')).not.to.equal(null);
    expect(normalize(status.textContent ?? "")).to.contain("The brief could not be loaded (HTTP 404).");
    expect(texts(card, '[part="retry-button"]')).to.deep.equal(["Retry"]);
  });

  it("shows the error in Chinese for a Chinese reader", async () => {
    const card = detachedCard({ src: "/mock/missing", language: "zh" });
    const event = failed(card);
    await fixture(html`<div>${card}</div>`);
    await event;
    expect(texts(card, '[part="error"] p')).to.deep.equal(["無法載入摘要（HTTP 404）。"]);
    expect(texts(card, '[part="retry-button"]')).to.deep.equal(["重試"]);
  });

  it("loads again when retry is pressed", async () => {
    const card = detachedCard({ src: `/mock/flaky?id=${uniqueId()}`, language: "en" });
    const error = failed(card);
    await fixture(html`<div>${card}</div>`);
    expect((await error).detail.error.status).to.equal(503);
    const success = loaded(card);
    (one(card, '[part="retry-button"]') as HTMLButtonElement).click();
    await success;
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
    expect(all(card, '[part="error"]')).to.have.length(0);
  });

  it("gives up on a slow response after the timeout and hangs up", async () => {
    const id = uniqueId();
    // Long enough for the request to reach the server first even on a loaded machine.
    const error = await errorOf({ src: `/mock/slow?id=${id}`, timeout: "1500" });
    expect(error.reason).to.equal("timeout");
    await until(() => wasAborted(id), "the server saw no hang-up");
  });

  it("refuses a response whose declared length is over the cap", async () => {
    const error = await errorOf({ src: "/mock/huge" });
    expect(error.reason).to.equal("too-large");
  });

  it("stops reading a streamed response once it passes the cap", async () => {
    const error = await errorOf({ src: "/mock/huge-stream" });
    expect(error.reason).to.equal("too-large");
  });

  it("honours a smaller max-bytes", async () => {
    const error = await errorOf({ src: "/mock/brief.json", "max-bytes": "100" });
    expect(error.reason).to.equal("too-large");
  });

  it("refuses an HTML page", async () => {
    const error = await errorOf({ src: "/mock/page.html" });
    expect(error.reason).to.equal("not-a-brief");
  });

  it("reports JSON that does not parse", async () => {
    const error = await errorOf({ src: "/mock/not-json.json" });
    expect(error.reason).to.equal("invalid-json");
  });

  it("reports JSON that is not a brief", async () => {
    const error = await errorOf({ src: "/mock/not-a-brief.json" });
    expect(error.reason).to.equal("invalid-brief");
    expect(error.message).to.contain("authors");
  });

  for (const src of ["javascript:alert(1)", "data:text/plain,摘要:", "file:///etc/passwd"]) {
    it(`does not fetch ${src.split(":")[0]}: URLs`, async () => {
      const card = detachedCard({ src, language: "en" });
      const event = failed(card);
      await fixture(html`<div>${card}</div>`);
      expect((await event).detail.error.reason).to.equal("invalid-url");
      expect(all(card, '[part="retry-button"]')).to.have.length(0);
    });
  }
});

describe("src changes", () => {
  it("aborts the pending request and shows the new src", async () => {
    const id = uniqueId();
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" src=${`/mock/slow?id=${id}`}></brief-card>`,
    );
    const errors: BriefErrorEvent[] = [];
    card.addEventListener("brief-error", (event) => errors.push(event));
    const event = loaded(card);
    await reachedServer(id);
    card.src = "/mock/brief.txt";
    await event;
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
    await until(() => wasAborted(id), "the server saw no hang-up");
    expect(errors).to.have.length(0);
  });

  it("aborts the pending request when the element leaves the page", async () => {
    const id = uniqueId();
    const card = await fixture<BriefCard>(html`<brief-card src=${`/mock/slow?id=${id}`}></brief-card>`);
    const events: Event[] = [];
    card.addEventListener("brief-load", (event) => events.push(event));
    card.addEventListener("brief-error", (event) => events.push(event));
    await reachedServer(id);
    card.remove();
    await until(() => wasAborted(id), "the server saw no hang-up");
    expect(events).to.have.length(0);
  });

  it("loads again when it comes back to the page", async () => {
    const card = detachedCard({ src: `/mock/slow?id=${uniqueId()}&ms=200`, language: "en" });
    const host = await fixture(html`<div>${card}</div>`);
    card.remove();
    const event = loaded(card);
    host.append(card);
    await event;
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
  });
});

describe("events", () => {
  it("bubbles and crosses shadow roots", async () => {
    const outer = await fixture(html`<div></div>`);
    const root = outer.attachShadow({ mode: "open" });
    const card = detachedCard({ src: "/mock/brief.json" });
    const event = loaded(outer);
    root.append(card);
    const received = await event;
    expect(received.bubbles).to.equal(true);
    expect(received.composed).to.equal(true);
    expect(received.detail.brief.source).to.equal("The Example Review");
  });

  it("fires no brief-load when the page sets the brief property", async () => {
    const card = document.createElement("brief-card");
    const events: Event[] = [];
    card.addEventListener("brief-load", (event) => events.push(event));
    card.brief = await smallBrief();
    // A card that does load (from src), on the page just after: once it has fired its brief-load, a
    // brief-load the first card wrongly dispatched after rendering would have come too.
    const control = detachedCard({ src: "/mock/brief.json" });
    const controlLoaded = loaded(control);
    await fixture(html`<div>${card}${control}</div>`);
    await controlLoaded;
    await card.updateComplete;
    expect(events).to.have.length(0);
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
  });
});
