// Registers <brief-card> and <brief-outline> and exports their classes.
import "./brief-card/define.js";
import "./brief-outline/define.js";

export * from "./classes.js";
