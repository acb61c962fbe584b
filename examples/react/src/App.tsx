import type { LanguageSetting } from "@briefkit/elements";
import { useState } from "react";
import referenceUrl from "../../briefs/rare-earths-2025-10-24.txt?url";
import { LanguagePicker } from "./LanguagePicker.js";
import { failedState, loadedState, LoadStatus, type LoadState } from "./LoadStatus.js";
import { samples } from "./samples.js";

const SOURCES = [
  { label: "The reference brief", url: referenceUrl },
  { label: "A file that does not exist", url: "/briefs/no-such-brief.txt" },
] as const;

export function App() {
  const [language, setLanguage] = useState<LanguageSetting>("both");
  const [src, setSrc] = useState<string>(referenceUrl);
  const [status, setStatus] = useState<LoadState>({ state: "loading" });
  const [selected, setSelected] = useState(samples[0]?.id ?? "");
  const sample = samples.find((candidate) => candidate.id === selected) ?? samples[0];

  const load = (url: string) => {
    setStatus({ state: "loading" });
    setSrc(url);
  };

  return (
    <main>
      <header className="page-header">
        <h1>briefkit with React 19</h1>
        <p>
          <code>&lt;brief-card&gt;</code> and <code>&lt;brief-outline&gt;</code> used straight from JSX: typed
          props, a <code>brief</code> object passed as a property, and <code>onbrief-load</code> /{" "}
          <code>onbrief-error</code> handlers.
        </p>
        <LanguagePicker value={language} onChange={setLanguage} />
      </header>

      <section aria-labelledby="from-url">
        <h2 id="from-url">
          From a URL: <code>src</code> and events
        </h2>
        <div className="toolbar">
          {SOURCES.map(({ label, url }) => (
            <button key={url} type="button" aria-pressed={src === url} onClick={() => load(url)}>
              {label}
            </button>
          ))}
        </div>
        <LoadStatus status={status} />
        <brief-card
          id="from-src"
          src={src}
          language={language}
          onbrief-load={(event) => setStatus(loadedState(event))}
          onbrief-error={(event) => setStatus(failedState(event))}
        />
      </section>

      <section aria-labelledby="from-data">
        <h2 id="from-data">
          From data: the <code>brief</code> property
        </h2>
        <label className="field">
          Brief{" "}
          <select value={sample?.id} onChange={(event) => setSelected(event.target.value)}>
            {samples.map(({ id, label }) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <div className="stack">
          <brief-card id="from-data-card" brief={sample?.brief} language={language} />
          <brief-outline id="from-data-outline" brief={sample?.brief} language={language} />
        </div>
      </section>
    </main>
  );
}
