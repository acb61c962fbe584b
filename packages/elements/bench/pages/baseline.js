// The hand-written baseline: the markup <brief-card language="en"> and <brief-outline language="both">
// render, built with plain DOM calls into a shadow root that adopts the elements' own stylesheets, from
// a brief the page parsed with the bundle's `parseBrief`. It does what the elements must do for the
// same picture (pick the summary, format the date, tag each keyword's language) and nothing else: no
// framework, no loader, no events.

const HAN = /\p{Script=Han}/u;
const DATE = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

function el(tag, attributes, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function formatDate(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return DATE.format(date);
}

function status(lang) {
  return el("div", lang ? { class: "status", role: "status", lang } : { class: "status", role: "status" });
}

export function renderCard(root, brief) {
  const english = brief.summaries.find((summary) => summary.lang === "en");
  const chinese = brief.summaries.find((summary) => summary.lang !== "en")?.lang ?? "zh-Hant";
  const languageOf = (text) => (HAN.test(text) ? chinese : "en");
  const points = english.points.length;
  const meta = el("span", { class: "meta-items" }, [
    el("span", { part: "authors", lang: languageOf(brief.authors.join(", ")) }, [brief.authors.join(", ")]),
    el("time", { part: "date", datetime: brief.date }, [formatDate(brief.date)]),
  ]);
  const card = el("article", { part: "card", class: "card frame", "aria-labelledby": "title", lang: "en" }, [
    el("header", { part: "header", class: "header" }, [
      el("h2", { part: "title", class: "title", id: "title" }, [
        el("span", { lang: languageOf(brief.source) }, [brief.source]),
      ]),
      el("p", { part: "meta", class: "meta" }, [meta]),
    ]),
    el("div", { class: "leads" }, [el("p", { part: "lead", class: "lead", lang: "en" }, [english.lead])]),
    el(
      "ul",
      { part: "keywords", class: "keywords", "aria-label": "Keywords" },
      brief.keywords.map((keyword) =>
        el("li", { part: "keyword", class: "keyword", lang: languageOf(keyword) }, [keyword]),
      ),
    ),
    el("footer", { part: "footer", class: "footer" }, [
      el("span", { part: "count", class: "count" }, [points === 1 ? "1 point" : `${points} points`]),
      el("button", { part: "toggle", class: "toggle", "aria-expanded": "false" }, ["Show outline"]),
    ]),
  ]);
  root.append(status("en"), card);
}

function point(item) {
  if (item.children.length === 0) {
    return el("li", { part: "point", class: "point" }, [
      el("span", { part: "point-text", class: "point-text" }, [item.text]),
    ]);
  }
  return el("li", { part: "point", class: "point" }, [
    el("details", { part: "point-details", class: "point-details", open: "" }, [
      el("summary", { part: "point-text", class: "point-text" }, [item.text]),
      el(
        "ol",
        { part: "subpoints", class: "subpoints" },
        item.children.map((child) => el("li", { part: "subpoint", class: "subpoint" }, [child.text])),
      ),
    ]),
  ]);
}

function section(summary) {
  return el("section", { part: "summary", class: "summary", lang: summary.lang }, [
    el("h2", { part: "heading", class: "heading" }, [summary.heading ?? "Summary"]),
    el("p", { part: "lead", class: "lead" }, [summary.lead]),
    el("ul", { part: "points", class: "points" }, summary.points.map(point)),
  ]);
}

export function renderOutline(root, brief) {
  const zh = brief.summaries.find((summary) => summary.lang !== "en");
  const en = brief.summaries.find((summary) => summary.lang === "en");
  const rows = 2 + Math.max(zh.points.length, en.points.length);
  const columns = el("div", { part: "columns", class: "aligned with-lead", "data-rows": String(rows) }, [
    section(zh),
    section(en),
  ]);
  columns.style.setProperty("--brief-rows", String(rows));
  root.append(status(null), el("article", { part: "outline", class: "outline frame" }, [columns]));
}
