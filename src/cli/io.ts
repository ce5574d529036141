/** Exit codes: 0 no error findings, 1 error findings, 2 usage error or input that could not be used. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

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

/** ANSI colour only on a terminal, and not when NO_COLOR is set to anything non-empty (no-color.org). */
export function wantsColor(io: CliIO): boolean {
  return io.isTTY === true && !(io.env ?? process.env).NO_COLOR;
}
