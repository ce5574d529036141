/**
 * The built-in library: the ten common project types (docs/domain.md) and the 专项业务经费 fallback, as data.
 * Order is the order `jixiao template list` shows them.
 */
import type { TemplateDef } from "../types";
import { equipment } from "./equipment";
import { generic } from "./generic";
import { inspection } from "./inspection";
import { itOps } from "./it-ops";
import { meeting } from "./meeting";
import { outsourcing } from "./outsourcing";
import { publishing } from "./publishing";
import { reception } from "./reception";
import { retiree } from "./retiree";
import { staffing } from "./staffing";
import { training } from "./training";

export const BUILTIN_TEMPLATE_DEFS: readonly TemplateDef[] = [
  meeting,
  training,
  inspection,
  reception,
  publishing,
  itOps,
  staffing,
  retiree,
  outsourcing,
  equipment,
  generic,
];
