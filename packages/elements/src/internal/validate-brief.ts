import { checkBrief, type Brief } from "@briefkit/core";

export type BriefValidation =
  { readonly ok: true; readonly brief: Brief } | { readonly ok: false; readonly problem: string };

/**
 * Checks a brief that came from outside (a page's `brief` property, fetched JSON) with core's
 * structural check rather than its zod schema: the same rules, none of zod's weight in the bundle,
 * nothing built at load, and no `new Function`, so it runs under a CSP without `'unsafe-eval'`.
 */
export function validateBrief(value: unknown): BriefValidation {
  const check = checkBrief(value);
  if (check.ok) return check;
  const where = check.path.length > 0 ? check.path.join(".") : "brief";
  return { ok: false, problem: `${where}: ${check.problem}` };
}
