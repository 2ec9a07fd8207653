// Types for scripts/serve-csp.mjs.
import type { Server } from 'node:http';
export declare const STRICT_CSP: string;
export declare function createCspServer(root: string): Server;
