/**
 * table-not-found — the workbook holds no table the reader recognises. A file that was not read must
 * never look clean: this error counts in the summary and the exit code, and says what was looked for.
 * It is reported by checkWorkbook (it concerns the workbook, not a table), not by check().
 */
import { defineRule } from "./rule";

export default defineRule({
  meta: {
    id: "table-not-found",
    messages: {
      notFound:
        "没有识别出绩效目标表，所以什么也没有检查。{{detail}}需要的是：带「一级指标」「三级指标」「指标值」等列的指标表头，" +
        "上方有「项目名称」；或者一行一个项目、含「项目名称」和「绩效指标」列的公开表。",
    },
  },
  check() {
    // Workbook-level: see checkWorkbook.
  },
});
