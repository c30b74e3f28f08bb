/** Scoring: Altman Z, PD scaling, scorecards, the built-in model and grades. */
export * from "./builtInFactors";
export * from "./altman";
export * from "./customerAltman";
export * from "./pdScaling";
export * from "./scorecard";
export * from "./builtInModel";
export * from "./grade";
export * from "./customerFactors";
