export * from "./settings";
export * from "./standards";
export * from "./presets";
