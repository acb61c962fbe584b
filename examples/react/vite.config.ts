import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // A multi-page app gets no index.html fallback, so a missing brief is a real 404, as on a static host.
  appType: "mpa",
  build: { target: "es2022" },
});
