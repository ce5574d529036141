/** Read a file the user named on the command line; failures are Chinese messages naming what it is. */
import { promises as fs } from "fs";

export type UserFileText = { ok: true; text: string } | { ok: false; errors: string[] };

/** `what`: 设置文件, 模板文件 … */
export async function readUserFile(file: string, what: string, shownAs = file): Promise<UserFileText> {
  try {
    return { ok: true, text: await fs.readFile(file, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, errors: [`找不到${what}：${shownAs}`] };
    if (code === "EISDIR")
      return { ok: false, errors: [`${what}应是一个 .json 文件，不是文件夹：${shownAs}`] };
    return { ok: false, errors: [`无法读取${what}：${shownAs}`] };
  }
}
