/** The message for a bug in the engine (not in the user's file), without a stack trace. */
export function internalErrorMessage(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `检查这个文件时程序出错（${detail}），请把文件发给开发者。`;
}
