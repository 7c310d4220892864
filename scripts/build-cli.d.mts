/** Builds the CLI into `outDir` (dist/ by default); returns the path of cli.mjs and the data files copied beside it. `minify: false` for reading profiles. */
export function buildCli(options?: { outDir?: string; minify?: boolean }): Promise<{ cli: string; dataFiles: string[] }>;
