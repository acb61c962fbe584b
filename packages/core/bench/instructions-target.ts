/**
 * What bench/instructions.ts runs under callgrind: one contender of the reference race, `warm` calls to
 * reach its steady state, then two windows of `calls` calls each. `process.ppid` (libuv's
 * `uv_os_getppid`, called nowhere else) marks the window edges: callgrind dumps its counts there.
 */
import { REFERENCE_CONTENDERS } from "./contenders.js";
import { reference } from "./inputs.js";

const [name = "", warm = "4000", calls = "1000"] = process.argv.slice(2);
const contender = REFERENCE_CONTENDERS.find((c) => c.name === name);
if (contender === undefined) throw new Error(`no contender named ${JSON.stringify(name)}`);

let sink: unknown;
const run = (n: number) => {
  for (let i = 0; i < n; i++) sink = contender.run(reference);
};
const mark = () => process.ppid;

run(Number(warm));
mark();
run(Number(calls));
mark();
run(Number(calls));
mark();
if (sink === Symbol.for("never")) console.log(sink);
