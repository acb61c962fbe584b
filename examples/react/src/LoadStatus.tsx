import type { BriefErrorEvent, BriefLoadEvent } from "@briefkit/elements";

/** What the last `brief-load` or `brief-error` event said, kept in React state. */
export type LoadState =
  | { state: "loading" }
  | { state: "loaded"; source: string | null; points: number; diagnostics: number }
  | { state: "failed"; reason: string; message: string };

export function loadedState(event: BriefLoadEvent): LoadState {
  const { brief, diagnostics } = event.detail;
  const points = brief.summaries[0]?.points.length ?? 0;
  return { state: "loaded", source: brief.source, points, diagnostics: diagnostics.length };
}

export function failedState(event: BriefErrorEvent): LoadState {
  const { reason, message } = event.detail.error;
  return { state: "failed", reason, message };
}

export function LoadStatus({ status }: { status: LoadState }) {
  let text: string;
  if (status.state === "loading") text = "Loading…";
  else if (status.state === "loaded") {
    const diagnostics = `${status.diagnostics} diagnostic${status.diagnostics === 1 ? "" : "s"}`;
    text = `brief-load: ${status.source ?? "a brief"}, ${status.points} points, ${diagnostics}`;
  } else text = `brief-error (${status.reason}): ${status.message}`;
  return (
    <p className={`load-status load-status--${status.state}`} role="status" data-state={status.state}>
      {text}
    </p>
  );
}
