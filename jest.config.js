/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type-checking is done once by `tsc --noEmit` in `npm test`; ts-jest only transpiles here.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose entry pulls an ESM-only dependency.
    "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 60000,
  // The browser and LibreOffice suites start big programs; two workers match the machine's two cores.
  maxWorkers: 2,
};
