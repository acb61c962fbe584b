// Registers <brief-card>, <brief-outline> and <brief-digest> and exports their classes.
import "./brief-card/define.js";
import "./brief-outline/define.js";
import "./brief-digest/define.js";

export * from "./classes.js";
