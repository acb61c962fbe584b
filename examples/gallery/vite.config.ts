import { defineConfig } from "vite";

export default defineConfig({
  // The sample briefs live in ../briefs, shared with the other examples; Vite serves files from the
  // whole workspace, so no extra `server.fs.allow` is needed.
  build: { target: "es2022" },
});
