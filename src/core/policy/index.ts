/** The credit policy: its type and defaults, the settings table, parsing and validation. */
export * from "./creditPolicy";
export * from "./policySettings";
export * from "./parsePolicy";
export * from "./validatePolicy";
