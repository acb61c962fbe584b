import { expect } from "@open-wc/testing";
import { all, one, texts } from "./helpers.js";

interface StrictWindow extends Window {
  __violations: string[];
}

describe("a page with a strict Content-Security-Policy and Trusted Types", () => {
  let frame: HTMLIFrameElement;
  let page: Document;
  let pageWindow: StrictWindow;

  before(async function () {
    this.timeout(20000);
    frame = document.createElement("iframe");
    frame.src = "/test/csp/strict.html";
    const ready = new Promise<void>((resolve) => {
      window.addEventListener("message", function listen(event) {
        if (event.data !== "briefkit-ready") return;
        window.removeEventListener("message", listen);
        resolve();
      });
    });
    document.body.append(frame);
    await ready;
    page = frame.contentDocument!;
    pageWindow = frame.contentWindow as StrictWindow;
  });

  after(() => frame.remove());

  function element(id: string): Element {
    const found = page.getElementById(id);
    if (!found) throw new Error(`no #${id} on the strict page`);
    return found;
  }

  it("records no policy violation while the elements load, render, fold and unfold", () => {
    expect(pageWindow.__violations).to.deep.equal([]);
  });

  it("renders a card from src", () => {
    expect(texts(element("from-src"), '[part="title"]')).to.deep.equal(["The Example Review"]);
  });

  it("renders a card from its text content, unfolded", () => {
    const card = element("from-text");
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
    expect(all(card, '[part="point"]')).to.have.length(16);
  });

  it("renders an outline from a .txt src and one from a validated brief property", () => {
    expect(all(element("outline-from-src"), '[part="point"]')).to.have.length(16);
    const folded = all(element("from-property"), '[part="point-details"]') as HTMLDetailsElement[];
    expect(folded.map((details) => details.open)).to.deep.equal([false, false]);
  });

  it("applies the elements' styles", () => {
    const card = one(element("from-src"), '[part="card"]');
    expect(pageWindow.getComputedStyle(card).borderTopLeftRadius).to.equal("12px");
  });

  it("is really enforced: an inline style element is reported", async () => {
    const reported = new Promise<void>((resolve) =>
      page.addEventListener("securitypolicyviolation", () => resolve(), { once: true }),
    );
    const style = page.createElement("style");
    style.textContent = "body { color: red }";
    page.head.append(style);
    await reported;
    expect(pageWindow.__violations.some((violation) => violation.startsWith("style-src"))).to.equal(true);
  });

  it("is really enforced: assigning an HTML string to innerHTML throws", () => {
    const target = page.createElement("div");
    expect(() => {
      target.innerHTML = "<b>text</b>";
    }).to.throw(/TrustedHTML/);
  });
});
