export * from "./settings";
export * from "./standards";
