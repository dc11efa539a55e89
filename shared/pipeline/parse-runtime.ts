/**
 * The V8 setting the pipeline's runtimes use wherever pages are parsed (the `process` Lambda's
 * NODE_OPTIONS and the CLI launcher's shebang), as Node's documentation describes for a workload
 * whose young objects live a little longer than a scavenge: a page's tree and its strings stay
 * alive until the page is done, so with V8's default 16 MB semi-space every scavenge copies
 * megabytes of them. With 64 MB most pages finish before a scavenge (`npm run eval:articles`
 * prints the parse speed under the default and under this setting).
 */
export const PARSE_SEMI_SPACE_MB = 64;
export const PARSE_NODE_FLAG = `--max-semi-space-size=${PARSE_SEMI_SPACE_MB}`;
