// Types for scripts/bundle-check.mjs (plain JS so that `npm run size` needs no TS loader).
export declare const WIDGET_PATH: string;
export declare const GZIP_BUDGET: number;
export declare function measure(code: string): { raw: number; gzip: number };
export declare function bundleProblems(code: string): string[];
export declare function formatBytes(bytes: number): string;
