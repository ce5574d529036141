/**
 * `jixiao template list|show|new`: the commands and their options. What they do is in
 * template-command.ts, loaded when one of them runs (the templates and the settings reader are not
 * needed to check a workbook, nor to print help).
 */
import type { Command } from "commander";
import { EXIT, type CliIO } from "./io";
import type { TemplateListOptions, TemplateNewOptions, TemplateRenderOptions } from "./template-options";

const impl = () => import("./template-command");

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

const TEMPLATE_HELP_AFTER = `
示例：
  jixiao template list
  jixiao template show 会议 --amount 10.85 --param 会议次数=1 --param 参会人数=160 --param 会期天数=3 --param 会议类别=一类
  jixiao template show training --amount 17 --param periods=2 --param perPeriod=20 --param days=7 --profile 2021
  jixiao template new 培训 --amount 17 --param 培训期数=2 --param 每期人数=20 --layout long --out 培训费.xlsx
  jixiao template list --templates 本单位模板.json
`;

/** Adds `template` with its subcommands to the program (main.ts). */
export function registerTemplateCommand(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const template = program
    .command("template")
    .usage("<list|show|new> [选项]")
    .description("标准指标模板：列出模板、查看某类项目的指标、生成含整套指标的工作簿")
    .helpOption("-h, --help", "显示帮助")
    .addHelpText("after", TEMPLATE_HELP_AFTER)
    // Runs only when no known subcommand was given: help, or a Chinese message for a mistyped one.
    .argument("[子命令]")
    .action((sub: string | undefined) => {
      if (sub === undefined) template.outputHelp({ error: true });
      else
        io.stderr(
          `未知的子命令：template ${sub}。可用的子命令：list、show、new（运行 jixiao template --help 查看说明）。\n`,
        );
      setCode(EXIT.usage);
    });

  template
    .command("list")
    .usage("[选项]")
    .description("列出全部模板及其参数")
    .option("--format <格式>", "输出格式：text（默认）或 json")
    .option(
      "--templates <文件>",
      "本单位模板：模板文件（.json）或含模板工作表的工作簿（.xlsx），加入或替换内置模板",
    )
    .helpOption("-h, --help", "显示帮助")
    .action(async (opts: TemplateListOptions) => setCode(await (await impl()).runTemplateList(opts, io)));

  const renderOptions = (cmd: Command) =>
    cmd
      .option("--amount <万元>", "项目金额（万元）")
      .option(
        "--param <名称=值>",
        "参数，可写多次，如 --param 参会人数=60（名称可用中文或英文标识）",
        collect,
      )
      .option("--profile <版本>", "指标体系：2015（默认）或 2021")
      .option("--templates <文件>", "本单位模板：模板文件（.json）或含模板工作表的工作簿（.xlsx）")
      .option("--config <文件>", "设置文件（JSON）：开支标准等")
      .helpOption("-h, --help", "显示帮助");

  renderOptions(
    template
      .command("show")
      .usage("<模板> [选项]")
      .description("显示按参数生成的绩效目标和绩效指标")
      .argument("[模板]", "模板的英文标识或中文名称，如 meeting 或 会议"),
  )
    .option("--format <格式>", "输出格式：text（默认）或 json")
    .action(async (type: string | undefined, opts: TemplateRenderOptions) =>
      setCode(await (await impl()).runTemplateShow(type, opts, io)),
    );

  renderOptions(
    template
      .command("new")
      .usage("<模板> --amount <万元> --out <文件.xlsx> [选项]")
      .description("生成一个工作簿，含一个项目及整套绩效指标（可直接通过 jixiao check）")
      .argument("[模板]", "模板的英文标识或中文名称，如 meeting 或 会议"),
  )
    .option("--out <文件>", "要生成的 .xlsx 文件")
    .option("--layout <版式>", "wide（宽表，默认）或 long（长表）")
    .option("--name <项目名称>", "项目名称（默认按模板命名，如 会议经费）")
    .option("--force", "文件已存在时覆盖")
    .action(async (type: string | undefined, opts: TemplateNewOptions) =>
      setCode(await (await impl()).runTemplateNew(type, opts, io)),
    );
}
