/** Builds the CLI into `outDir` (dist/ by default); returns the path of cli.mjs and the data files copied beside it. */
export function buildCli(options?: { outDir?: string }): Promise<{ cli: string; dataFiles: string[] }>;
