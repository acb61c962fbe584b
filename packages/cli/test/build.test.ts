/**
 * `brief build`: the site it writes, read back the way its readers read it: pages through an HTML
 * parser and validator, feeds through a feed reader, links by following them to files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { HtmlValidate } from "html-validate";
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { brief, briefText, folderWith } from "./brief.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const EXAMPLES = fileURLToPath(new URL("../../../examples/briefs", import.meta.url));
/** Briefs the examples hold: one a file, plus the weekly digest's three. */
const EXAMPLE_BRIEFS = 7;

/** Markup and script that must stay text wherever a brief's words go. */
const HOSTILE = `</script><img src=x onerror=alert(1)>`;

function hostileBrief(): string {
  return [
    `作者/Author(s): Mallory ${HOSTILE}`,
    "",
    `網站來源/Source: Evil ${HOSTILE} Weekly`,
    "",
    "日期/Date: 11/02/2025",
    "",
    `關鍵字/Keywords: 資安、"quoted" & <b>bold</b>`,
    "",
    "摘要:",
    `導言 ${HOSTILE} 與 ]]> 及 <!-- 以及 &amp; 結尾。`,
    `  • 第一點 ${HOSTILE}`,
    "  • 第二點",
    "",
    "Summary:",
    `Lead ${HOSTILE} with ]]> and <!-- and &amp; too.`,
    `  • Point one ${HOSTILE}`,
    "  • Point two",
    "",
  ].join("\n");
}

function build(args: readonly string[]) {
  return brief(["build", ...args]);
}

/** Every file below `folder`, as paths relative to it with `/`, sorted. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

function pagesOf(site: string): string[] {
  return filesBelow(site).filter((file) => file.endsWith(".html"));
}

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node): void => {
    if ("tagName" in current) found.push(current);
    const children = "childNodes" in current ? current.childNodes : [];
    for (const child of children) visit(child);
    if ("content" in current) visit(current.content);
  };
  visit(node);
  return found;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text" && "value" in node) return node.value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

function pageTree(site: string, page: string) {
  return parse(readFileSync(join(site, page), "utf8"));
}

/** Builds `input` into a fresh folder and gives the run and the folder. */
function built(input: string, ...args: string[]) {
  const site = join(folderWith(), "site");
  const run = build([input, "-o", site, ...args]);
  return { run, site };
}

describe("brief build", () => {
  const examples = built(EXAMPLES, "--title", "Policy briefs");

  it("writes an index, a page per brief, both feeds and the bundle", () => {
    const { run, site } = examples;
    // The examples include a brief with an impossible date: published, reported, the site built.
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/ {2}error {2}.+ {2}invalid-date$/m);
    const files = filesBelow(site);
    for (const file of ["index.html", "feed.xml", "feed.json", "briefkit.min.js", ".brief-build.json"])
      expect(files).toContain(file);
    const pages = files.filter((file) => /^[^/]+\/index\.html$/.test(file));
    expect(pages).toHaveLength(EXAMPLE_BRIEFS);
    expect(pages).toContain("2025-10-24-foreign-policy/index.html");
    expect(run.stdout).toContain(`${EXAMPLE_BRIEFS} briefs`);
    const bundle = fileURLToPath(import.meta.resolve("@briefkit/elements/cdn"));
    expect(readFileSync(join(site, "briefkit.min.js"))).toEqual(readFileSync(bundle));
  });

  it("reports errors as brief check does and says the brief was published anyway", () => {
    const { run } = examples;
    expect(run.stderr).toMatch(/lint-findings-chip-subsidies\.txt:3:10 {2}error {2}.+ {2}invalid-date$/m);
    expect(run.stderr).toMatch(/published 1 brief with errors/);
    expect(run.stderr).toMatch(/no --base-url/);
  });

  it("names pages by date and source, and briefs without a date or Latin source stably", () => {
    const pages = pagesOf(examples.site)
      .filter((page) => page !== "index.html")
      .map((page) => page.split("/")[0]);
    for (const slug of pages) expect(slug).toMatch(/^(?:\d{4}-\d{2}-\d{2}|undated)-[a-z0-9-]+$/);
    expect(pages).toContain("undated-57eec11b");
  });

  it("links every page only to files the site holds, by relative paths", () => {
    const { site } = examples;
    for (const page of pagesOf(site)) {
      const links = elements(pageTree(site, page)).flatMap((element) => {
        const target = attribute(element, "href") ?? attribute(element, "src");
        return target === undefined ||
          (element.tagName === "link" && attribute(element, "rel") === "canonical")
          ? []
          : [target];
      });
      expect(links.length).toBeGreaterThan(3);
      for (const link of links) {
        expect(link, `${page} → ${link}`).not.toMatch(/^(?:[a-z]+:|\/)/i);
        expect(existsSync(join(site, dirname(page), link)), `${page} → ${link}`).toBe(true);
      }
    }
  });

  it("passes an HTML validator on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      // A card names its keyword list ("關鍵字 Keywords"): ARIA allows naming a list, and screen readers
      // announce it; html-validate only recommends against names on elements without an implicit landmark.
      // The elements' templates are formatted by Prettier, which writes void elements as `<input />`:
      // valid HTML (the slash is ignored), as the pages' own `<meta>` without it is.
      rules: { "aria-label-misuse": ["error", { allowAnyNamable: true }], "void-style": "off" },
    });
    for (const page of pagesOf(examples.site)) {
      const report = await validator.validateString(readFileSync(join(examples.site, page), "utf8"), page);
      const messages = report.results.flatMap((result) =>
        result.messages.map(
          (message) => `${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
        ),
      );
      expect(messages).toEqual([]);
    }
  });

  it("gives each page one h1, a description, its languages and a link home", () => {
    const { site } = examples;
    const page = "2025-10-24-foreign-policy/index.html";
    const all = elements(pageTree(site, page));
    expect(all.filter((element) => element.tagName === "h1")).toHaveLength(1);
    expect(attribute(all.find((element) => element.tagName === "html") as Element, "lang")).toBe("zh-Hant");
    const description = all.find((element) => attribute(element, "name") === "description");
    expect(attribute(description as Element, "content")).toMatch(/^雖然中國最新的稀土/);
    const sections = all.filter((element) => element.tagName === "section");
    expect(sections.map((section) => attribute(section, "lang"))).toEqual([undefined, "zh-Hant", "en"]);
    // The card is server-rendered: a declarative shadow root, so it is styled with JavaScript off.
    const template = all.find((element) => element.tagName === "template") as Element;
    expect(attribute(template, "shadowrootmode")).toBe("open");
    expect(attribute(sections[0] as Element, "aria-label")).toBe("Foreign Policy, 2025-10-24: card");
    expect(
      all.some((element) => element.tagName === "a" && attribute(element, "href") === "../index.html"),
    ).toBe(true);
    const card = all.find((element) => element.tagName === "brief-card") as Element;
    expect(textOf(card)).toContain("網站來源/Source: Foreign Policy");
  });

  it("lists the briefs newest first in the index and both feeds", () => {
    const { site } = examples;
    const links = elements(pageTree(site, "index.html"))
      .filter((element) => element.tagName === "a" && /\/index\.html$/.test(attribute(element, "href") ?? ""))
      .map((element) => (attribute(element, "href") ?? "").split("/")[0] ?? "");
    expect(links).toHaveLength(EXAMPLE_BRIEFS);
    expect(links.at(-1)).toMatch(/^undated-/);
    const dated = links.filter((slug) => !slug.startsWith("undated-"));
    expect(dated).toEqual([...dated].sort().reverse());
    const atom = parseAtomFeed(readFileSync(join(site, "feed.xml"), "utf8"));
    expect(atom.entries?.map((entry) => entry.links?.[0]?.href?.split("/")[0])).toEqual(links);
    const json = parseJsonFeed(readFileSync(join(site, "feed.json"), "utf8"));
    expect(json.items?.map((item) => item.title)).toEqual(atom.entries?.map((entry) => entry.title?.value));
  });

  it("writes feeds a feed reader parses, one entry per brief with both languages' leads", () => {
    const { site } = examples;
    const atom = parseAtomFeed(readFileSync(join(site, "feed.xml"), "utf8"));
    expect(atom.title?.value).toBe("Policy briefs");
    expect(atom.updated).toBe("2025-10-31T00:00:00Z");
    expect(atom.entries).toHaveLength(EXAMPLE_BRIEFS);
    const ids = new Set(atom.entries?.map((entry) => entry.id));
    expect(ids.size).toBe(EXAMPLE_BRIEFS);
    const rareEarths = atom.entries?.find((entry) => entry.title?.value === "Foreign Policy, 2025-10-24");
    expect(rareEarths?.summary?.value).toMatch(/雖然中國最新的稀土[\s\S]+Although China's newest rare-earth/);
    expect(rareEarths?.categories?.map((category) => category.term)).toEqual(["經濟", "稀土", "習近平"]);
    expect(rareEarths?.authors?.map((author) => author.name)).toEqual(["Alasdair Phillips-Robin"]);

    const json = parseJsonFeed(readFileSync(join(site, "feed.json"), "utf8"));
    expect(json.title).toBe("Policy briefs");
    expect(json.items).toHaveLength(EXAMPLE_BRIEFS);
    const item = json.items?.find((entry) => entry.title === "Foreign Policy, 2025-10-24");
    expect(item?.content_text).toMatch(/雖然中國最新的稀土[\s\S]+Although China's newest rare-earth/);
    expect(item?.date_published).toBe("2025-10-24T00:00:00Z");
    expect(item?.tags).toEqual(["經濟", "稀土", "習近平"]);
    expect(item?.url).toBeUndefined();
  });

  it("writes the same files with the same content on every run", () => {
    const again = built(EXAMPLES, "--title", "Policy briefs");
    const files = filesBelow(examples.site);
    expect(filesBelow(again.site)).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(again.site, file), "utf8"), file).toBe(
        readFileSync(join(examples.site, file), "utf8"),
      );
  });

  it("makes links absolute and adds canonical links with --base-url", () => {
    const { run, site } = built(EXAMPLES, "--base-url", "https://example.org/briefs");
    expect(run.stderr).not.toMatch(/no --base-url/);
    const canonical = elements(pageTree(site, "2025-10-24-foreign-policy/index.html")).find(
      (element) => element.tagName === "link" && attribute(element, "rel") === "canonical",
    );
    expect(attribute(canonical as Element, "href")).toBe(
      "https://example.org/briefs/2025-10-24-foreign-policy/",
    );
    const atom = parseAtomFeed(readFileSync(join(site, "feed.xml"), "utf8"));
    expect(atom.id).toBe("https://example.org/briefs/feed.xml");
    expect(atom.links?.find((link) => link.rel === "self")?.href).toBe("https://example.org/briefs/feed.xml");
    const json = parseJsonFeed(readFileSync(join(site, "feed.json"), "utf8"));
    expect(json.feed_url).toBe("https://example.org/briefs/feed.json");
    expect(json.home_page_url).toBe("https://example.org/briefs/");
    for (const item of json.items ?? [])
      expect(item.url).toMatch(/^https:\/\/example\.org\/briefs\/[^/]+\/$/);
  });

  it("refuses a --base-url that is not an http(s) URL", () => {
    const run = build([EXAMPLES, "-o", join(folderWith(), "site"), "--base-url", "briefs/"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^brief: --base-url must be an absolute URL/);
  });
});

describe("brief build with a hostile brief", () => {
  const input = folderWith({ "hostile.txt": hostileBrief(), "good.txt": briefText(1) });
  const { run, site } = built(input, "--base-url", "https://example.org/");

  it("builds it", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(pagesOf(site)).toHaveLength(3);
  });

  it("keeps its text inert in every page: no element it names is ever made", () => {
    const pages = pagesOf(site).filter((page) => page === "index.html" || page.includes("evil"));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const tree = pageTree(site, page);
      const tags = elements(tree).map((element) => element.tagName);
      expect(tags, page).not.toContain("img");
      expect(tags, page).not.toContain("b");
      expect(elements(tree).some((element) => element.attrs.some((attr) => attr.name === "onerror"))).toBe(
        false,
      );
      expect(textOf(tree)).toContain(HOSTILE);
    }
  });

  it("embeds JSON-LD that parses and holds no </script", () => {
    const page = pagesOf(site).find((file) => file.includes("evil")) as string;
    const scripts = elements(pageTree(site, page)).filter(
      (element) => element.tagName === "script" && attribute(element, "type") === "application/ld+json",
    );
    expect(scripts).toHaveLength(1);
    const json = textOf(scripts[0] as Element);
    expect(json).not.toMatch(/<\/script/i);
    const data = JSON.parse(json) as {
      abstract: { "@value": string }[];
      isBasedOn: { publisher: { name: string } };
    };
    expect(data.isBasedOn.publisher.name).toBe(`Evil ${HOSTILE} Weekly`);
    expect(data.abstract[1]?.["@value"]).toContain(HOSTILE);
  });

  it("carries the text as text through both feeds", () => {
    const atom = parseAtomFeed(readFileSync(join(site, "feed.xml"), "utf8"));
    const entry = atom.entries?.find((candidate) => candidate.title?.value.includes("Evil"));
    expect(entry?.title?.value).toBe(`Evil ${HOSTILE} Weekly, 2025-11-02`);
    expect(entry?.summary?.value).toContain(`Lead ${HOSTILE} with ]]> and <!-- and &amp; too.`);
    expect(entry?.categories?.map((category) => category.term)).toContain('"quoted" & <b>bold</b>');
    const content = parse(entry?.content?.value ?? "");
    expect(elements(content).map((element) => element.tagName)).not.toContain("img");
    const json = parseJsonFeed(readFileSync(join(site, "feed.json"), "utf8"));
    const item = json.items?.find((candidate) => candidate.title?.includes("Evil"));
    expect(item?.content_text).toContain(`導言 ${HOSTILE}`);
    expect(elements(parse(item?.content_html ?? "")).map((element) => element.tagName)).not.toContain("img");
  });

  it("puts the digest's text, escaped, in the index", () => {
    const digest = elements(pageTree(site, "index.html")).find(
      (element) => element.tagName === "brief-digest",
    );
    expect(textOf(digest as Element)).toContain(`網站來源/Source: Evil ${HOSTILE} Weekly`);
    expect(textOf(digest as Element)).toContain("網站來源/Source: Source 1");
  });
});

describe("brief build and briefs with errors", () => {
  const input = folderWith({
    "a-good.txt": briefText(1, { date: "10/20/2025" }),
    "b-broken.txt": briefText(2, { date: "13/45/2025" }),
  });

  it("publishes them by default, with a warning", () => {
    const { run, site } = built(input);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/b-broken\.txt:\d+:\d+ {2}error {2}.+ {2}invalid-date$/m);
    expect(pagesOf(site)).toHaveLength(3);
  });

  it("writes nothing and exits 1 with --errors fail", () => {
    const { run, site } = built(input, "--errors", "fail");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/b-broken\.txt:\d+:\d+ {2}error {2}.+ {2}invalid-date$/m);
    expect(run.stderr).toMatch(/wrote nothing: 1 brief has errors \(--errors fail\)/);
    expect(existsSync(join(site, "index.html"))).toBe(false);
  });

  it("leaves them out with --errors skip and says so", () => {
    const { run, site } = built(input, "--errors", "skip");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /b-broken\.txt: left out Source 2, 13\/45\/2025 \(undated-source-2\), which has errors/,
    );
    expect(pagesOf(site)).toEqual(["2025-10-20-source-1/index.html", "index.html"]);
    expect(parseAtomFeed(readFileSync(join(site, "feed.xml"), "utf8")).entries).toHaveLength(1);
    expect(parseJsonFeed(readFileSync(join(site, "feed.json"), "utf8")).items).toHaveLength(1);
    expect(readFileSync(join(site, "index.html"), "utf8")).not.toContain("Author 2");
  });

  it("refuses an unknown --errors policy", () => {
    const run = build([input, "-o", join(folderWith(), "site"), "--errors", "ignore"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--errors must be one of publish, skip, fail, not ignore/);
  });
});

describe("brief build slugs", () => {
  it("numbers briefs of the same date and source in input order", () => {
    const same = { date: "10/24/2025", source: "Le Monde diplomatique" };
    const input = folderWith({
      "1.txt": briefText(1, same),
      "2.txt": briefText(2, same),
      "3.txt": briefText(3, same),
    });
    const { site } = built(input);
    expect(pagesOf(site)).toEqual([
      "2025-10-24-le-monde-diplomatique-2/index.html",
      "2025-10-24-le-monde-diplomatique-3/index.html",
      "2025-10-24-le-monde-diplomatique/index.html",
      "index.html",
    ]);
    const first = readFileSync(join(site, "2025-10-24-le-monde-diplomatique/index.html"), "utf8");
    expect(first).toContain("Author 1");
  });

  it("folds accents and names a source without Latin letters by a short hash", () => {
    const input = folderWith({
      "a.txt": briefText(1, { source: "Süddeutsche Zeitung" }),
      "b.txt": briefText(2, { source: "聯合報" }),
    });
    const slugs = pagesOf(built(input).site).map((page) => page.split("/")[0]);
    expect(slugs).toContain("2025-10-24-suddeutsche-zeitung");
    expect(slugs.filter((slug) => /^2025-10-24-[0-9a-f]{8}$/.test(slug ?? ""))).toHaveLength(1);
  });
});

describe("brief build's output folder", () => {
  it("is required", () => {
    const run = build([EXAMPLES]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^brief: -o\/--out is required/);
  });

  it("refuses a file", () => {
    const folder = folderWith({ "site.txt": "not a folder" });
    const run = build([EXAMPLES, "-o", join(folder, "site.txt")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^brief: --out .+site\.txt is a file, not a folder\n$/);
  });

  it("refuses a folder it did not make, and with --force writes beside what is there", () => {
    const folder = folderWith({ "site/notes.md": "mine", "site/index.html": "my own page" });
    const site = join(folder, "site");
    const refused = build([EXAMPLES, "-o", site]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/is not empty and was not made by brief build/);
    expect(filesBelow(site)).toEqual(["index.html", "notes.md"]);
    const forced = build([EXAMPLES, "-o", site, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(site, "notes.md"), "utf8")).toBe("mine");
    expect(readFileSync(join(site, "index.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("rebuilds in place, removing only its own pages that are gone", () => {
    const input = folderWith({ "1.txt": briefText(1), "2.txt": briefText(2) });
    const site = join(folderWith(), "site");
    expect(build([input, "-o", site]).status).toBe(0);
    mkdirSync(join(site, "2025-10-24-source-2", "assets"));
    writeFileSync(join(site, "2025-10-24-source-2", "assets", "photo.txt"), "mine");
    writeFileSync(join(site, "extra.txt"), "mine");
    writeFileSync(join(input, "2.txt"), briefText(2, { source: "Renamed" }));
    expect(build([input, "-o", site]).status).toBe(0);
    expect(filesBelow(site)).toEqual([
      ".brief-build.json",
      "2025-10-24-renamed/index.html",
      "2025-10-24-source-1/index.html",
      "2025-10-24-source-2/assets/photo.txt",
      "briefkit.min.js",
      "extra.txt",
      "feed.json",
      "feed.xml",
      "index.html",
    ]);
  });
});

describe("brief build and the original article's title and URL", () => {
  const url = "https://example.org/articles/rare-earths?id=1&lang=en";
  const text = briefText(1).replace(
    "關鍵字/Keywords:",
    `標題/Title: Why <China> Is Weaponizing Rare Earths\n\n原文連結/URL: ${url}\n\n關鍵字/Keywords:`,
  );
  const { run, site } = built(folderWith({ "titled.txt": text }), "--base-url", "https://briefs.example/");

  it("names the page, the feeds' entries and the links by them", () => {
    expect(run.status, run.stderr).toBe(0);
    const [page] = readdirSync(site).filter((name) => /^\d{4}-/.test(name));
    const all = elements(pageTree(site, `${page}/index.html`));
    const h1 = all.find((element) => element.tagName === "h1") as Element;
    expect(textOf(h1)).toBe("Why <China> Is Weaponizing Rare Earths");
    expect(all.some((element) => element.tagName === "a" && attribute(element, "href") === url)).toBe(true);
    const atom = parseAtomFeed(readFileSync(join(site, "feed.xml"), "utf8"));
    const entry = atom.entries?.[0];
    expect(entry?.title?.value).toBe("Why <China> Is Weaponizing Rare Earths");
    expect(entry?.links?.find((link) => link.rel === "related")?.href).toBe(url);
    const json = parseJsonFeed(readFileSync(join(site, "feed.json"), "utf8"));
    expect(json.items?.[0]?.external_url).toBe(url);
  });
});
