/**
 * The package version. `define()` compares it with the copy that already holds a tag, so keep it
 * equal to package.json's (a test checks).
 */
export const VERSION = "0.1.0";
