export { compileRules, dependsOnBehaviour, dependsOnClock, type CompiledSet, type CompiledSql, type CompileOptions } from "./compile-rules"
export { assertValidRules, ruleProblem, type RuleProblem } from "./validate-rules"
