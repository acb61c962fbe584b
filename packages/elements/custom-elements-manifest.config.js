// `cem analyze` reads this: the manifest documents the classes, their attributes, properties,
// events, parts and custom properties from the JSDoc in src/.
export default {
  globs: ["src/**/*.ts"],
  exclude: ["src/cdn.ts", "src/classic.ts", "src/ssr.ts", "src/ssr/**"],
  outdir: ".",
  litelement: true,
  packagejson: false,
};
