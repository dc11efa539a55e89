// Types of scripts/build-web.mjs for the TypeScript callers (the vitest setup and bin/start.ts).
export declare const WEB_OUT_DIR: string;
export declare function buildWeb(options?: { quiet?: boolean }): Promise<void>;
export declare function buildWebIfStale(): Promise<void>;
