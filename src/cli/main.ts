/**
 * The jixiao command line. `main(argv, io)` parses the arguments (commander, help in Chinese), runs a
 * command and returns the exit code; it never calls process.exit, so tests run it in-process.
 * bin/jixiao.js calls run().
 */
import { Command, CommanderError } from "commander";
import { FILE_TIMEOUT_S, runCheck, type CheckOptions } from "./check-command";
import { EXIT, processIO, type CliIO } from "./io";
import { MARKED_SUFFIX, packageVersion } from "./paths";
import { registerTemplateCommand } from "./template-register";

export type { CliIO } from "./io";

const HELP_TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Arguments:": "参数：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Global Options:": "全局选项：",
};

const CHECK_HELP_AFTER = `
说明：
  文件夹会连同子文件夹一起检查其中所有的 .xlsx 和 .xlsm 文件（跳过以 ~$ 开头的 Excel 临时文件和本工具生成的
  标记副本——标记副本里写有自定义属性 jixiao.markedCopy，与文件名和所在文件夹无关），每个文件在单独的工作线程中
  检查（内存上限 1 GB、每个文件限时 ${FILE_TIMEOUT_S} 秒），多个文件用多个 CPU 核并行检查，结果按输入顺序输出。
  --out-marked 把每个工作簿另存一份到指定文件夹（可以就是被检查的文件夹），文件名加「${MARKED_SUFFIX}」
  （如 申报表${MARKED_SUFFIX}.xlsx）；同名文件已存在时改用「申报表${MARKED_SUFFIX} (2).xlsx」等，从不覆盖任何已有文件
  （加 --force 时只覆盖本工具以前生成的同名标记副本）。文件夹中找到的文件保持原来的子文件夹结构；
  有问题的单元格按最严重的问题填色（错误：浅红，警告：浅黄，提示：不填色），并在批注中列出问题（追加在原有
  批注之后）。原文件不会被修改。

退出码：
  0  没有「错误」级别的问题
  1  发现「错误」级别的问题
  2  用法错误，或有文件无法检查（找不到、不是 .xlsx、已损坏、已加密、超过大小上限、超时）或标记副本无法写入；
     其余能读取的文件照常检查并输出，退出码仍为 2

示例：
  jixiao check 申报表.xlsx
  jixiao check 申报材料/ --format json
  jixiao check a.xlsx b.xlsx --out-marked 标记/
  jixiao check a.xlsx --config 设置.json
  jixiao check 申报材料/ --min-severity warning
  jixiao check 申报表.xlsx --profile import        （导入前检查：只查系统导入时会拒绝的问题）
`;

// East Asian wide characters take two columns in a terminal; commander aligns help columns by width.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;
// eslint-disable-next-line no-control-regex -- matching the terminal's ESC colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

function displayWidth(s: string): number {
  const plain = s.replace(ANSI, "");
  return plain.length + (plain.match(WIDE)?.length ?? 0);
}

function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? "";
}

/** Commander's English errors, in Chinese. */
function usageMessage(e: CommanderError): string {
  switch (e.code) {
    case "commander.unknownOption":
      return `未知的选项：${quoted(e.message)}。运行 jixiao --help 查看可用的选项。`;
    case "commander.missingArgument":
      return "请给出要检查的 .xlsx 文件或文件夹，例如：jixiao check 申报表.xlsx";
    case "commander.optionMissingArgument":
      return `选项 ${quoted(e.message).split(/[ ,]/)[0]} 后面缺少取值。`;
    case "commander.unknownCommand":
      return `未知的命令：${quoted(e.message)}。可用的命令：check、demo、template（运行 jixiao --help 查看说明）。`;
    case "commander.excessArguments":
      return "多余的参数。运行 jixiao --help 查看用法。";
    default:
      return `命令行参数有误。运行 jixiao --help 查看用法。`;
  }
}

function buildProgram(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command("jixiao");
  program
    .usage("<命令> [选项]")
    .description("绩效目标助手：检查项目支出绩效目标表（.xlsx）中绩效指标的完整性、数值、单位和金额。")
    .configureHelp({
      styleTitle: (t: string) => HELP_TITLES[t] ?? t,
      displayWidth,
      subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`.trim(),
    })
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => {},
    })
    .exitOverride()
    .showSuggestionAfterError(false)
    .version(packageVersion(), "-V, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助");

  program
    .command("check")
    .usage("<文件或文件夹...> [选项]")
    .description("检查一个或多个 .xlsx 文件或文件夹（含子文件夹）")
    .argument("<文件或文件夹...>", "要检查的 .xlsx 文件或文件夹")
    .option("--format <格式>", "输出格式：text（中文文字报告，默认）或 json")
    .option("--out-marked <文件夹>", `另存标记副本到该文件夹（文件名加「${MARKED_SUFFIX}」，原文件不动）`)
    .option("--force", "标记副本同名时覆盖本工具以前生成的标记副本（其他文件从不覆盖）")
    .option("--config <文件>", "设置文件（JSON）：指标体系、满意度阈值、规则开关、严重程度")
    .option("--explain", "同时列出识别结果：每张表、每个项目的名称、金额、目标取自哪个单元格，以及依据")
    .option(
      "--min-severity <级别>",
      "只列出该级别及更严重的问题：error（错误）、warning（警告）或 info（提示，默认，全部列出）；汇总仍统计全部问题",
    )
    .option(
      "--profile <方案>",
      "import（导入前检查）：只运行预算管理一体化系统导入时会拒绝的几项检查，一律按错误报告",
    )
    .helpOption("-h, --help", "显示帮助")
    .addHelpText("after", CHECK_HELP_AFTER)
    .action(async (inputs: string[], opts: CheckOptions) => setCode(await runCheck(inputs, opts, io)));

  program
    .command("demo")
    .usage("[选项]")
    .description("检查自带的示例工作簿（门源县政协 2024），打印结果并在 out/ 生成标记副本")
    .helpOption("-h, --help", "显示帮助")
    // Loaded when run: the demo checks in-process, which `check` leaves to its workers.
    .action(async () => setCode(await (await import("./demo")).runDemo(io)));

  registerTemplateCommand(program, io, setCode);

  return program;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.ok;
    // Help printed because no command was given.
    if (e.code === "commander.help") return EXIT.usage;
    io.stderr(`${usageMessage(e)}\n`);
    return EXIT.usage;
  }
  return code;
}

/**
 * Entry point for bin/jixiao.js. Once everything written to stdout and stderr has been handed to the
 * system (the write callbacks: pipes are asynchronous on Windows), the process exits at once rather than
 * tearing down its heap and threads one by one, which took a few milliseconds of every run.
 */
export function run(): void {
  const io = processIO();
  // `jixiao check … | head`: the reader went away; stop quietly instead of crashing with a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") process.stderr.write(`无法输出结果：${e.message}\n`);
    process.exit(e.code === "EPIPE" ? Number(process.exitCode) || 0 : EXIT.usage);
  });
  const exit = (code: number): void => {
    process.exitCode = code;
    process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
  };
  main(process.argv.slice(2), io).then(exit, (e: unknown) => {
    io.stderr(`程序出错：${e instanceof Error ? e.message : String(e)}\n`);
    exit(EXIT.usage);
  });
}
