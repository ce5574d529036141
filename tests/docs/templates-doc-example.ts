/** The one complete example of docs/templates.md (its ```json block): the doc test, the pane's and the browser's tests import it. */
import * as fs from "fs";
import * as path from "path";

/** `root`: the repository (the default holds when run from the sources, as jest does). */
export function templatesDocExample(root = path.resolve(__dirname, "..", "..")): string {
  const doc = fs.readFileSync(path.join(root, "docs", "templates.md"), "utf8");
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (blocks.length !== 1)
    throw new Error(`docs/templates.md should hold one json example, found ${blocks.length}`);
  return blocks[0];
}
