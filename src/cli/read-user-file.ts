/** Read a file the user named on the command line; failures are Chinese messages naming what it is. */
import { constants, promises as fs } from "fs";

export type UserFileText = { ok: true; text: string } | { ok: false; errors: string[] };

/** Settings and template files are small; anything larger is not one (and is not read into memory). */
export const USER_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** `what`: 设置文件, 模板文件 … Only a regular file is opened (a FIFO or /dev/zero would never end). */
export async function readUserFile(file: string, what: string, shownAs = file): Promise<UserFileText> {
  let handle: fs.FileHandle | undefined;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory())
      return { ok: false, errors: [`${what}应是一个 .json 文件，不是文件夹：${shownAs}`] };
    if (!st.isFile())
      return { ok: false, errors: [`${what}不是普通文件（是设备、管道或套接字）：${shownAs}`] };
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const hst = await handle.stat();
    if (!hst.isFile())
      return { ok: false, errors: [`${what}不是普通文件（是设备、管道或套接字）：${shownAs}`] };
    if (hst.size > USER_FILE_MAX_BYTES)
      return {
        ok: false,
        errors: [`${what}太大（超过 ${USER_FILE_MAX_BYTES / 1024 / 1024} MB）：${shownAs}`],
      };
    return { ok: true, text: await handle.readFile("utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, errors: [`找不到${what}：${shownAs}`] };
    if (code === "EISDIR")
      return { ok: false, errors: [`${what}应是一个 .json 文件，不是文件夹：${shownAs}`] };
    return { ok: false, errors: [`无法读取${what}：${shownAs}`] };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
