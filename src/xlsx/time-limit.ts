/**
 * The time one file may take to be read and checked, the same in the CLI (where JIXIAO_FILE_TIMEOUT
 * overrides it) and in the web edition, and the line a file that takes longer gets. No imports: the
 * CLI's start-up path reads it.
 */
export const FILE_TIMEOUT_S = 120;

export const timeLimitMessage = (seconds: number): string =>
  `检查超过 ${seconds} 秒仍未完成，已停止（文件可能过大或结构异常）。`;
