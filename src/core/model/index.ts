export * from "./types";
export * from "./reading";
