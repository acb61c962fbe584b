import type { Brief } from "@briefkit/core";
import { BriefSchema } from "@briefkit/core/schema";

export type BriefValidation =
  { readonly ok: true; readonly brief: Brief } | { readonly ok: false; readonly problem: string };

/**
 * Checks a brief that came from outside (a page's `brief` property, fetched JSON) against the
 * schema. `BriefSchema` is built with zod/mini, whose objects never compile validators with
 * `new Function`, so this runs under a CSP without `'unsafe-eval'`.
 */
export function validateBrief(value: unknown): BriefValidation {
  const result = BriefSchema.safeParse(value);
  if (result.success) return { ok: true, brief: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join(".") : "brief";
  return { ok: false, problem: `${where}: ${issue?.message ?? "invalid"}` };
}
