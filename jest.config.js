const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const TEST_MATCH = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s?(x)"],
  "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["**/integration-tests/http/**/*.spec.[jt]s"],
  // builds and installs the plugin package into a separate host application
  package: ["**/integration-tests/package/**/*.spec.[jt]s"],
  // runs the app as a real server process (killed and restarted)
  process: ["**/integration-tests/process/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
    // the storefront components (React's automatic runtime, as tsconfig's jsx: react-jsx)
    "^.+\\.tsx$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/", "<rootDir>/.cache/"],
  setupFiles: ["./integration-tests/setup.js"],
  testTimeout: 120000,
  testMatch: process.env.TEST_TYPE
    ? TEST_MATCH[process.env.TEST_TYPE]
    : Object.values(TEST_MATCH).flat(),
}
