// Registers <brief-card> and <brief-outline> before React renders, so React 19 sees their `brief`
// property and sets it as a property rather than an attribute.
import "@briefkit/elements";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
