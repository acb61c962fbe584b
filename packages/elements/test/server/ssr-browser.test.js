// Server-rendered elements in Chromium: a page from `@briefkit/elements/ssr`, first with JavaScript
// off (the declarative shadow roots alone must show styled, readable elements), then with the CDN
// bundle, which must take the elements over in place: one copy of everything, nothing moved, and the
// elements working as they do on a page that was never server-rendered.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { after, before, test } from "node:test";
import { parseBrief } from "@briefkit/core";
import puppeteer from "puppeteer-core";
import { CHROMIUM_ARGS, findChromium } from "../../../../scripts/chromium.mjs";

const { renderCard, renderDigest, renderOutline } = await import("../../dist/ssr.js");

const TEXT = await readFile(new URL("../fixtures/rare-earths-2025-10-24.txt", import.meta.url), "utf8");
const BUNDLE = await readFile(new URL("../../dist/briefkit.min.js", import.meta.url));
const BRIEF = parseBrief(TEXT).brief;
const POINTS = BRIEF.summaries.reduce((sum, summary) => sum + summary.points.length, 0);
const SECOND = `網站來源/Source: Example Review

日期/Date: 2025-11-03

Summary:
The second brief's lead.
  • The first point
`;

// A strict policy: inline scripts and styles only with the nonce, which the server-rendered
// <style>s carry; the elements' adopted stylesheets need nothing more.
const NONCE = "c3NyLXRlc3Q";
const CSP = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'`;

// The early script records layout shifts and load events from the start; the late one, a classic
// script, runs after parsing and before any module, so it sees the server's layout.
const EARLY = `window.shifts = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.shifts.push(entry.value); })
  .observe({ type: "layout-shift", buffered: true });
window.loads = 0;
document.addEventListener("brief-load", () => window.loads++);
window.scriptsRan = true;`;
const LATE = `window.serverRects = window.rects();`;
const RECTS = `window.rects = () => [...document.querySelectorAll("main > *")].map((el) => {
  const { x, y, width, height } = el.getBoundingClientRect();
  return { tag: el.localName, x, y, width, height };
});`;

function page(withBundle) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Server-rendered briefs</title>
    <script nonce="${NONCE}">${EARLY}${RECTS}</script>
    <style nonce="${NONCE}">body { margin: 0; font: 16px/1.5 sans-serif; } main { width: 900px; padding: 16px; }</style>
  </head>
  <body>
    <main>
      <p>Above the briefs.</p>
      ${renderCard(TEXT, { language: "both", href: "https://example.org/briefs/1", nonce: NONCE })}
      ${renderCard(TEXT, { nonce: NONCE })}
      ${renderOutline(TEXT, { language: "both", nonce: NONCE })}
      ${renderDigest(`${TEXT}\n=====\n\n${SECOND}`, { language: "en", nonce: NONCE })}
      <p>Below the briefs.</p>
    </main>
    <script nonce="${NONCE}">${LATE}</script>
    ${withBundle ? '<script type="module" src="/briefkit.min.js"></script>' : ""}
  </body>
</html>`;
}

let browser;
let server;
let origin;

before(async () => {
  server = createServer((request, response) => {
    if (request.url === "/briefkit.min.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(BUNDLE);
    } else {
      response
        .writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP })
        .end(page(request.url === "/with-js"));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  const { path, bundled, args } = await findChromium();
  browser = await puppeteer.launch({
    executablePath: path,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(bundled ? args : [])],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
});

async function open(path, { javaScript }) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on("pageerror", (error) => problems.push(String(error)));
  tab.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") problems.push(message.text());
  });
  await tab.setJavaScriptEnabled(javaScript);
  await tab.setViewport({ width: 1000, height: 4000 });
  await tab.goto(`${origin}${path}`, { waitUntil: "load" });
  return { tab, problems };
}

/** Two frames, so that layout shifts from the last change have been measured. */
const frames = (tab) =>
  tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * What each element's shadow root shows. `page.evaluate` runs through DevTools, so it works with
 * the page's own scripts disabled.
 */
function shadowContent(tab) {
  return tab.evaluate(() =>
    [...document.querySelectorAll("main > brief-card, main > brief-outline, main > brief-digest")].map(
      (host) => {
        const root = host.shadowRoot;
        const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
        const visible = (el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
        const frame = root?.querySelector(".frame, [part=digest]");
        const style = frame && getComputedStyle(frame);
        const text = [...host.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
        return {
          tag: host.localName,
          hasShadow: root !== null,
          frames: root ? [...root.children].filter((child) => child.hasAttribute("part")).length : 0,
          points: all("[part=point]").length,
          visiblePoints: all("[part=point]").filter(visible).length,
          headings: all("[part=title], [part=heading]").filter(visible).length,
          leads: all("[part=lead]").map((lead) => lead.lang),
          openDetails: all("[part=point-details]").filter((details) => details.open).length,
          details: all("[part=point-details]").length,
          rows: all("[part=columns]").map(
            (grid) => getComputedStyle(grid).gridTemplateRows.split(" ").length,
          ),
          nestedCards: all("brief-card").map(
            (card) => card.shadowRoot?.querySelectorAll("[part=card]").length ?? 0,
          ),
          border: style?.borderTopWidth,
          padding: style ? parseFloat(style.paddingTop) : 0,
          radius: style ? parseFloat(style.borderTopLeftRadius) : 0,
          textShown: text.some((node) => {
            const nodeRange = document.createRange();
            nodeRange.selectNodeContents(node);
            return nodeRange.getClientRects().length > 0;
          }),
        };
      },
    ),
  );
}

test("with JavaScript off, the declarative shadow roots show styled, readable elements", async () => {
  const { tab, problems } = await open("/without-js", { javaScript: false });
  try {
    const state = await tab.evaluate(() => ({
      scriptsRan: window.scriptsRan === true,
      defined: ["brief-card", "brief-outline", "brief-digest"].filter((tag) => customElements.get(tag)),
    }));
    assert.deepEqual(state, { scriptsRan: false, defined: [] });
    const [card, autoCard, outline, digest] = await shadowContent(tab);
    for (const element of [card, autoCard, outline, digest]) {
      assert.equal(element.hasShadow, true, `${element.tag} has its shadow root`);
      assert.equal(element.frames, 1);
      assert.equal(element.textShown, false, `${element.tag}'s brief text is not shown twice`);
    }
    for (const element of [card, autoCard, outline]) {
      assert.ok(element.headings > 0);
      assert.equal(element.border, "1px");
      assert.ok(element.padding > 0 && element.radius > 0, `${element.tag} has its padding and corners`);
    }
    assert.deepEqual(card.leads, ["zh-Hant", "en"]);
    assert.deepEqual(autoCard.leads, ["en"]);
    assert.equal(outline.points, POINTS);
    assert.equal(outline.visiblePoints, POINTS);
    assert.equal(outline.openDetails, outline.details);
    assert.deepEqual(outline.rows, [
      2 + Math.max(...BRIEF.summaries.map((summary) => summary.points.length)),
    ]);
    assert.deepEqual(digest.nestedCards, [1, 1]);
    assert.deepEqual(problems, []);
  } finally {
    await tab.close();
  }
});

test("with the bundle, the elements take over in place: one copy, no shift, same behaviour", async () => {
  const { tab, problems } = await open("/with-js", { javaScript: true });
  try {
    await tab.waitForFunction(() => customElements.get("brief-card") && customElements.get("brief-outline"), {
      timeout: 10_000,
    });
    assert.ok(
      await tab.evaluate(() => customElements.get("brief-digest")),
      "the bundle registers <brief-digest>",
    );
    await tab.evaluate(() =>
      Promise.all([...document.querySelectorAll("main > *")].map((el) => el.updateComplete)),
    );
    await frames(tab);
    const [card, autoCard, outline, digest] = await shadowContent(tab);
    for (const element of [card, autoCard, outline, digest])
      assert.equal(element.frames, 1, `one ${element.tag}`);
    assert.deepEqual(card.leads, ["zh-Hant", "en"]);
    assert.equal(card.points, 0);
    assert.equal(outline.points, POINTS);
    assert.equal(outline.openDetails, outline.details);
    assert.deepEqual(digest.nestedCards, [1, 1]);

    const layout = await tab.evaluate(() => ({
      server: window.serverRects,
      client: window.rects(),
      shifts: window.shifts,
    }));
    assert.deepEqual(layout.client, layout.server);
    assert.equal(
      layout.shifts.reduce((sum, value) => sum + value, 0),
      0,
    );
    assert.equal(await tab.evaluate(() => window.loads), 4, "each element read its brief from its content");

    const toggled = await tab.evaluate(async () => {
      const [both, auto] = document.querySelectorAll("main > brief-card");
      both.setAttribute("language", "zh");
      document.documentElement.lang = "zh-Hant";
      both.shadowRoot.querySelector("[part=toggle]").click();
      await Promise.all([both.updateComplete, auto.updateComplete]);
      const leads = (el) => [...el.shadowRoot.querySelectorAll("[part=lead]")].map((lead) => lead.lang);
      return {
        both: leads(both),
        auto: leads(auto),
        expanded: both.shadowRoot.querySelector("[part=toggle]").getAttribute("aria-expanded"),
        outlinePoints: both.shadowRoot.querySelectorAll("[part=outline] [part=point]").length,
      };
    });
    assert.deepEqual(toggled, {
      both: ["zh-Hant"],
      auto: ["zh-Hant"],
      expanded: "true",
      outlinePoints: BRIEF.summaries[0].points.length,
    });

    // The shift measure can see a shift: push everything down and it reports one.
    await tab.evaluate(() =>
      document
        .querySelector("main")
        .prepend(Object.assign(document.createElement("div"), { style: "height: 200px" })),
    );
    await frames(tab);
    assert.ok((await tab.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0))) > 0);
    assert.deepEqual(problems, []);
  } finally {
    await tab.close();
  }
});

test("server HTML inserted after the page loaded still becomes a working element", async () => {
  // The HTML parser attaches declarative shadow roots only while it loads a page: HTML set with
  // innerHTML (a client-side navigation, a fragment swap) keeps the <template> inert.
  const { tab, problems } = await open("/with-js", { javaScript: true });
  try {
    await tab.waitForFunction(() => customElements.get("brief-card"), { timeout: 10_000 });
    const inserted = await tab.evaluate(
      async (html) => {
        const box = document.createElement("div");
        document.body.append(box);
        box.innerHTML = html;
        const card = box.querySelector("brief-card");
        await card.updateComplete;
        return {
          frames: [...card.shadowRoot.children].filter((child) => child.hasAttribute("part")).length,
          leads: [...card.shadowRoot.querySelectorAll("[part=lead]")].map((lead) => lead.lang),
          templateShown: card.querySelector("template").getClientRects().length > 0,
        };
      },
      renderCard(TEXT, { language: "en", nonce: NONCE }),
    );
    assert.deepEqual(inserted, { frames: 1, leads: ["en"], templateShown: false });
    // Chromium says so in the console, which is expected here.
    assert.deepEqual(
      problems.filter((problem) => !problem.includes("declarative Shadow DOM is not being parsed")),
      [],
    );
  } finally {
    await tab.close();
  }
});
