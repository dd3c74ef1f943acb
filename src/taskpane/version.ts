/** The add-in's version, put in by the build (webpack's DefinePlugin, from package.json). */
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";
