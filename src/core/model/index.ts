export * from "./types";
export * from "./reading";
export * from "./corrections";
