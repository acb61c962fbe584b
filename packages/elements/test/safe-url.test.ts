import { expect } from "@open-wc/testing";
import { httpURL } from "../src/internal/safe-url.js";

const BASE = "https://example.org/news/index.html";

describe("httpURL", () => {
  it("resolves a relative URL against the base", () => {
    expect(httpURL("../briefs/a.txt", BASE)?.href).to.equal("https://example.org/briefs/a.txt");
  });

  it("accepts http and https", () => {
    expect(httpURL("http://example.com/a.json", BASE)?.protocol).to.equal("http:");
    expect(httpURL("https://example.com/a.json", BASE)?.protocol).to.equal("https:");
  });

  for (const url of [
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,x",
    "blob:x",
    "file:///etc/passwd",
  ]) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(httpURL(url, BASE)).to.equal(null);
    });
  }

  it("refuses what is not a URL at all", () => {
    expect(httpURL("http://[::1", BASE)).to.equal(null);
  });
});
