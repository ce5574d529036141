/** What the CLI needs from its surroundings; tests pass their own (see main()). */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** Environment for NO_COLOR (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Is stdout a terminal? Colour only then (and without NO_COLOR). */
  isTTY?: boolean;
  /**
   * Compiled worker script for checking several files in parallel. undefined: the one next to the
   * running module (present when running from build/); null: check everything in-process.
   */
  workerScript?: string | null;
}

export function processIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  };
}
