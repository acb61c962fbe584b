// Writes dist/brief.schema.json from the built zod schema, so the shipped JSON Schema is
// generated from the same source as the types.
import { writeFileSync } from "node:fs";
import { toJSONSchema } from "zod/mini";
import { BriefSchema } from "../dist/schema.js";

const schema = {
  $id: "https://unpkg.com/@briefkit/core/dist/brief.schema.json",
  title: "Brief",
  ...toJSONSchema(BriefSchema),
};
writeFileSync(new URL("../dist/brief.schema.json", import.meta.url), JSON.stringify(schema, null, 2) + "\n");
