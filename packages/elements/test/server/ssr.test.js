// Runs in Node, on the built package: what `@briefkit/elements/ssr` gives a server or a static
// generator. The HTML is read back with parse5 (the parser @lit-labs/ssr itself uses) the way a
// browser reads it: a <template shadowrootmode> is the element's shadow root, the rest its content.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { test } from "node:test";
import { formatBrief, formatBriefs, parseBrief } from "@briefkit/core";

const { BriefLoadError, renderCard, renderDigest, renderOutline } = await import("../../dist/ssr.js");
const parse5 = await import(createRequire(import.meta.resolve("@lit-labs/ssr")).resolve("parse5"));

const TEXT = await readFile(new URL("../fixtures/rare-earths-2025-10-24.txt", import.meta.url), "utf8");
const BRIEF = parseBrief(TEXT).brief;
const SECOND = `作者/Author(s): Mei Chen

網站來源/Source: Example Review

日期/Date: 2025-11-03

摘要:
第二則簡報的導言。
  • 第一點

Summary:
The second brief's lead.
  • The first point
`;
const HOSTILE = `網站來源/Source: </template><script>alert(1)</script>

日期/Date: 2025-10-24

關鍵字/Keywords: "><svg onload=alert(2)>、<img src=x onerror=alert(3)>

Summary:
<img src=x onerror=alert(4)> & </brief-card><iframe src="javascript:alert(5)">
  • <script>alert(6)</script>
`;

/** The one element of `html` (a fragment): its shadow root's content and its light-DOM text. */
function host(html) {
  const nodes = parse5.parseFragment(html).childNodes;
  assert.equal(nodes.length, 1, "the HTML is one element");
  const [element] = nodes;
  const template = element.childNodes.find((node) => node.tagName === "template");
  assert.ok(template, "the element holds a <template>");
  return {
    element,
    template,
    shadow: template.content,
    attrs: Object.fromEntries(element.attrs.map(({ name, value }) => [name, value])),
    text: element.childNodes
      .filter((node) => node !== template)
      .map((node) => node.value ?? "")
      .join(""),
  };
}

/** Every element under `node`, template contents included (shadow roots nested in a digest too). */
function* elements(node) {
  for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) {
    if (child.tagName) yield child;
    yield* elements(child);
  }
}

const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const byPart = (node, part) =>
  [...elements(node)].filter((element) => attr(element, "part")?.split(" ").includes(part));
const textOf = (node) =>
  node.nodeName === "#text" ? node.value : (node.childNodes ?? []).map(textOf).join("");
const shadowHTML = (html) => parse5.serialize(host(html).shadow);

test("a card is its element with a declarative shadow root holding its styles", () => {
  const html = renderCard(TEXT);
  const { element, template, shadow } = host(html);
  assert.equal(element.tagName, "brief-card");
  assert.equal(attr(template, "shadowrootmode"), "open");
  // only standard markup, as the Nu checker reads it: no legacy `shadowroot`, no lit-html `<?>` marker
  assert.equal(attr(template, "shadowroot"), undefined);
  assert.doesNotMatch(html, /<\?>/);
  const styles = [...elements(shadow)].filter((node) => node.tagName === "style");
  assert.equal(styles.length, 1);
  const css = textOf(styles[0]);
  assert.match(css, /:host\s*\{/);
  assert.match(css, /\.frame\s*\{[^}]*border:/);
  assert.match(css, /\.title\s*\{/);
});

test("the brief is readable in the card's shadow root", () => {
  const { shadow } = host(renderCard(TEXT, { language: "en" }));
  assert.equal(textOf(byPart(shadow, "title")[0]).trim(), "Foreign Policy");
  assert.equal(textOf(byPart(shadow, "authors")[0]), "Alasdair Phillips-Robin");
  assert.equal(attr(byPart(shadow, "date")[0], "datetime"), "2025-10-24");
  assert.equal(textOf(byPart(shadow, "lead")[0]), BRIEF.summaries[1].lead);
  assert.deepEqual(byPart(shadow, "keyword").map(textOf), BRIEF.keywords);
  assert.equal(textOf(byPart(shadow, "count")[0]), `${BRIEF.summaries[1].points.length} points`);
  assert.equal(byPart(shadow, "empty").length, 0);
});

test("the card's content is the brief's text, for the element to read again in the browser", () => {
  const card = host(renderCard(TEXT));
  assert.equal(card.text, TEXT);
  assert.equal(host(renderCard(BRIEF)).text, formatBrief(BRIEF));
});

test("each language setting renders its leads, and only a given setting becomes an attribute", () => {
  const leads = (options) =>
    byPart(host(renderCard(TEXT, options)).shadow, "lead").map((p) => attr(p, "lang"));
  assert.deepEqual(leads({ language: "zh" }), ["zh-Hant"]);
  assert.deepEqual(leads({ language: "en" }), ["en"]);
  assert.deepEqual(leads({ language: "both" }), ["zh-Hant", "en"]);
  assert.deepEqual(leads({}), ["en"]);
  assert.deepEqual(leads({ lang: "zh-Hant" }), ["zh-Hant"]);
  assert.deepEqual(leads({ language: "auto", lang: "en-GB" }), ["en"]);
  assert.equal(host(renderCard(TEXT, { language: "both" })).attrs.language, "both");
  assert.equal("language" in host(renderCard(TEXT, { lang: "zh-Hant" })).attrs, false);
});

test("the interface text follows the language", () => {
  const toggle = (options) => textOf(byPart(host(renderCard(TEXT, options)).shadow, "toggle")[0]).trim();
  assert.equal(toggle({ language: "en" }), "Show outline");
  assert.match(toggle({ language: "zh" }), /^[\p{Script=Han}]+$/u);
});

test("a string and the object parsed from it render the same element", () => {
  assert.equal(
    shadowHTML(renderCard(BRIEF, { language: "both" })),
    shadowHTML(renderCard(TEXT, { language: "both" })),
  );
  const canonical = formatBrief(BRIEF);
  assert.equal(
    renderCard(parseBrief(canonical).brief, { language: "zh" }),
    renderCard(canonical, { language: "zh" }),
  );
  assert.equal(shadowHTML(renderOutline(BRIEF)), shadowHTML(renderOutline(TEXT)));
});

test("theme and href become attributes; the link resolves against baseURL and must be http(s)", () => {
  const card = host(
    renderCard(TEXT, { theme: "dark", href: "/briefs/1", baseURL: "https://example.org/week/" }),
  );
  assert.equal(card.attrs.theme, "dark");
  assert.equal(card.attrs.href, "/briefs/1");
  assert.equal(attr(byPart(card.shadow, "link")[0], "href"), "https://example.org/briefs/1");
  const unsafe = host(renderCard(TEXT, { href: "javascript:alert(1)" }));
  assert.equal(byPart(unsafe.shadow, "link").length, 0);
  const quoted = host(renderCard(TEXT, { href: 'https://example.org/"><script>alert(1)</script>' }));
  assert.equal(quoted.attrs.href, 'https://example.org/"><script>alert(1)</script>');
  assert.equal([...elements(quoted.element)].filter((node) => node.tagName === "script").length, 0);
});

test("a nonce goes on every shadow root's <style>, escaped", () => {
  const digest = renderDigest(`${TEXT}\n=====\n\n${SECOND}`, { nonce: 'n"0<' });
  const styles = [...elements(parse5.parseFragment(digest))].filter((node) => node.tagName === "style");
  assert.equal(styles.length, 3);
  assert.ok(styles.every((style) => attr(style, "nonce") === 'n"0<'));
  assert.equal(
    attr(
      [...elements(host(renderCard(TEXT)).shadow)].find((n) => n.tagName === "style"),
      "nonce",
    ),
    undefined,
  );
});

test("hostile brief text stays text: no element comes from it, in the shadow root or the content", () => {
  for (const html of [renderCard(HOSTILE, { language: "en" }), renderOutline(HOSTILE, { language: "en" })]) {
    const { element, shadow, text } = host(html);
    const tags = new Set([...elements(element)].map((node) => node.tagName));
    for (const tag of ["script", "img", "svg", "iframe"]) assert.equal(tags.has(tag), false, `no <${tag}>`);
    assert.equal([...elements(element)].filter((node) => node.tagName === "template").length, 1);
    assert.equal(text, HOSTILE);
    assert.match(textOf(shadow), /<img src=x onerror=alert\(4\)> & <\/brief-card><iframe/);
  }
  const card = host(renderCard(HOSTILE));
  assert.equal(textOf(byPart(card.shadow, "title")[0]).trim(), "</template><script>alert(1)</script>");
});

test("an outline renders every point unfolded, and aligned columns with their row count", () => {
  const { shadow } = host(renderOutline(TEXT, { language: "both" }));
  const points = BRIEF.summaries.reduce((sum, summary) => sum + summary.points.length, 0);
  assert.equal(byPart(shadow, "point").length, points);
  const details = byPart(shadow, "point-details");
  assert.ok(details.length > 0);
  assert.ok(details.every((node) => attr(node, "open") === ""));
  const rows = attr(byPart(shadow, "columns")[0], "data-rows");
  assert.equal(rows, String(2 + Math.max(...BRIEF.summaries.map((summary) => summary.points.length))));
  const css = textOf([...elements(shadow)].find((node) => node.tagName === "style"));
  assert.ok(css.includes(`[data-rows="${rows}"]{--brief-rows:${rows}}`));
});

test("a digest renders each brief as a card with its own shadow root, newest first", () => {
  const html = renderDigest(`${TEXT}\n=====\n\n${SECOND}`, { language: "en" });
  const digest = host(html);
  assert.equal(digest.element.tagName, "brief-digest");
  const cards = [...elements(digest.shadow)].filter((node) => node.tagName === "brief-card");
  assert.equal(cards.length, 2);
  const titles = cards.map((card) => {
    const template = card.childNodes.find((node) => node.tagName === "template");
    assert.equal(attr(template, "shadowrootmode"), "open");
    return textOf(byPart(template.content, "title")[0]).trim();
  });
  assert.deepEqual(titles, ["Example Review", "Foreign Policy"]);
  assert.equal(textOf(byPart(digest.shadow, "count")[0]).trim(), "2 briefs");
  const briefs = [BRIEF, parseBrief(SECOND).brief];
  assert.equal(shadowHTML(renderDigest(briefs)), shadowHTML(renderDigest(`${TEXT}\n=====\n\n${SECOND}`)));
  assert.equal(host(renderDigest(briefs)).text, formatBriefs(briefs));
});

test("what the element would show as an error is thrown instead", () => {
  assert.throws(
    () => renderCard("Just some prose, not a brief."),
    (error) => {
      assert.ok(error instanceof BriefLoadError);
      assert.equal(error.reason, "not-a-brief");
      return true;
    },
  );
  assert.throws(() => renderOutline({ summaries: "no" }), { reason: "invalid-brief" });
  assert.throws(() => renderDigest([BRIEF, 42]), { reason: "invalid-brief" });
});

test("importing the renderer installs no window or document on the server", () => {
  assert.equal(typeof globalThis.window, "undefined");
  assert.equal(typeof globalThis.document, "undefined");
});
