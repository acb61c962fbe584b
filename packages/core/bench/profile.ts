/**
 * Where parseBrief spends its time: the reference parsed in a child process under V8's sampling
 * profiler (`node --cpu-prof`), functions ranked by self time. Shown in the results so a change to the
 * parser can be judged by what it moved, not only by the total.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { table } from "./harness.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function hotSpots(top = 10): string {
  const folder = mkdtempSync(join(tmpdir(), "briefkit-profile-"));
  try {
    const target = new URL("./profile-target.ts", import.meta.url).pathname;
    execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${folder}`, "--import", "tsx", target]);
    const file = readdirSync(folder).find((name) => name.endsWith(".cpuprofile"))!;
    const profile = JSON.parse(readFileSync(join(folder, file), "utf8")) as Profile;
    const selfTime = new Map<number, number>();
    profile.samples.forEach((id, i) =>
      selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
    );
    const byFunction = new Map<string, number>();
    let parser = 0;
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      // Only the parser's own code, as the published package runs it (dist/); the rest is setup and Node.
      const where = /packages\/core\/dist\/(.+)$/.exec(url)?.[1];
      const time = selfTime.get(node.id) ?? 0;
      if (where === undefined) {
        if (functionName === "(garbage collector)")
          byFunction.set(functionName, (byFunction.get(functionName) ?? 0) + time);
        continue;
      }
      parser += time;
      const key = `\`${functionName || "(anonymous)"}\` ${where}:${lineNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + time);
    }
    const total = parser + (byFunction.get("(garbage collector)") ?? 0);
    const rows = [...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, time]) => [name, ((100 * time) / total).toFixed(1)]);
    return `### Where parseBrief spends its time\n\nSelf time under \`node --cpu-prof\`, parsing the reference 20,000 times; shares of the time spent in the parser's code and the garbage collector (functions V8 inlined count toward their caller).\n\n${table(["function", "% self time"], rows)}\n`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
