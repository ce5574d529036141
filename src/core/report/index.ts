export * from "./summary";
export * from "./text";
export * from "./json";
export * from "./marks";
export * from "./min-severity";
export * from "./reading";
