export interface BridgeArgs {
  db: string;
  port: number;
  sample: number;
}

/** `--db <path> --port <n> --sample <n>`, falling back to KEMAI_DB / PORT. */
export function parseBridgeArgs(argv: string[], env: NodeJS.ProcessEnv): BridgeArgs {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    if (index >= 0) return argv[index + 1];
    const inline = argv.find((a) => a.startsWith(`${flag}=`));
    return inline?.slice(flag.length + 1);
  };
  const db = value('--db') ?? env.KEMAI_DB ?? 'kemai-preview.db';
  const port = Number(value('--port') ?? env.PORT ?? 5174);
  const sample = Number(value('--sample') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port must be a whole number from 0 to 65535, got ${String(value('--port'))}`,
    );
  }
  if (!Number.isInteger(sample) || sample < 0 || sample > 5_000_000) {
    throw new Error('--sample must be a whole number of customers (at most 5,000,000)');
  }
  return { db, port, sample };
}
