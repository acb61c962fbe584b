import { expect } from "@open-wc/testing";
import { BriefCard } from "../src/brief-card/brief-card.js";
import { BriefOutline } from "../src/brief-outline/brief-outline.js";
import "../src/index.js";
import { defineElement } from "../src/internal/define-element.js";
import { VERSION } from "../src/internal/version.js";

/** A registry that records what is defined in it, standing in for a scoped registry. */
class RecordingRegistry {
  readonly defined = new Map<string, CustomElementConstructor>();
  get(tag: string) {
    return this.defined.get(tag);
  }
  define(tag: string, ctor: CustomElementConstructor) {
    if (this.defined.has(tag)) throw new DOMException(`${tag} is taken`, "NotSupportedError");
    this.defined.set(tag, ctor);
  }
}

function asRegistry(registry: RecordingRegistry): CustomElementRegistry {
  return registry as unknown as CustomElementRegistry;
}

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe("registration", () => {
  it("registers both tags when the package is imported", () => {
    expect(customElements.get("brief-card")).to.equal(BriefCard);
    expect(customElements.get("brief-outline")).to.equal(BriefOutline);
  });

  it("does nothing, silently, when the same class is defined again", () => {
    const warnings = captureWarnings(() => {
      BriefCard.define();
      BriefOutline.define();
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get("brief-card")).to.equal(BriefCard);
  });

  it("keeps the first copy and warns when another version defines the tag", () => {
    class OtherVersion extends BriefCard {
      static override readonly version = "9.9.9";
    }
    const warnings = captureWarnings(() => OtherVersion.define());
    expect(customElements.get("brief-card")).to.equal(BriefCard);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<brief-card> is already defined by @briefkit/elements ${VERSION}`);
  });

  it("stays silent when a second copy of the same version defines the tag", () => {
    class SameVersionCopy extends BriefCard {}
    expect(captureWarnings(() => SameVersionCopy.define())).to.deep.equal([]);
  });

  it("registers under another tag and registry when asked", () => {
    const registry = new RecordingRegistry();
    class Renamed extends BriefCard {}
    Renamed.define("news-card", asRegistry(registry));
    expect(registry.get("news-card")).to.equal(Renamed);
  });

  it("does not throw when the registry refuses", () => {
    const registry = new RecordingRegistry();
    const refusing = asRegistry({
      ...registry,
      get: () => undefined,
      define: () => {
        throw new DOMException("this constructor is already used", "NotSupportedError");
      },
    } as unknown as RecordingRegistry);
    const warnings = captureWarnings(() => BriefOutline.define("other-outline", refusing));
    expect(warnings[0]).to.contain("<other-outline> could not be defined");
  });

  it("does nothing without a registry, as on a server", () => {
    expect(() => defineElement("server-card", BriefCard, undefined)).not.to.throw();
    expect(customElements.get("server-card")).to.equal(undefined);
  });

  it("carries the package version", async () => {
    const manifest = (await (await fetch("/package.json")).json()) as { version: string };
    expect(BriefCard.version).to.equal(manifest.version);
    expect(VERSION).to.equal(manifest.version);
  });
});
