/**
 * A static server on 127.0.0.1 for the benchmark pages: fixed routes to files, plus pages built on
 * request. Every response is `no-store`, so each page load fetches (and compiles) the bundle afresh.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = { type: string; body: () => string | Buffer };

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
  css: "text/css; charset=utf-8",
};

/** A route that serves a file, read on each request so a rebuilt bundle is picked up. */
export function file(url: URL): Route {
  const extension = url.pathname.split(".").pop() ?? "";
  return { type: TYPES[extension] ?? "application/octet-stream", body: () => readFileSync(url) };
}

export function page(html: () => string): Route {
  return { type: TYPES.html!, body: html };
}

export async function serve(routes: Map<string, Route>): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const route = routes.get(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": route.type, "cache-control": "no-store" });
    response.end(route.body());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
