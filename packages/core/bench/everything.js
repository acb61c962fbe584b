// Everything @briefkit/core exports at runtime, both entry points as one module, for the size budget
// in the root .size-limit.json: size-limit's `import: "*"` on two files declares one namespace twice.
export * from "../dist/index.js";
export * from "../dist/schema.js";
