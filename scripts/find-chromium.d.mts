// Types for scripts/find-chromium.mjs (plain JS so that it runs without a TS loader).
export declare const CHROMIUM_CANDIDATES: readonly string[];
export declare const CHROMIUM_FLAGS: readonly string[];
export declare function findChromium(env?: Record<string, string | undefined>): string | undefined;
