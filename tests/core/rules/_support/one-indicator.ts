/**
 * Test tables for the value rules: a complete, clean 2015 project (COMPLETE_2015, lines 1–7) plus the
 * indicator under test on line 8, so a finding's cell and line are known (E{row+1}, line 8).
 */
import {
  COMPLETE_2015,
  makeProject,
  makeTable,
  type IndicatorSpec,
  type ProjectSpec,
} from "../../../helpers/model-factory";
import type { Table } from "../../../../src/core/model";

export const EXTRA_LINE = COMPLETE_2015.length + 1;

export function withIndicator(spec: IndicatorSpec, project: ProjectSpec = {}): Table {
  return makeTable([makeProject({ ...project, indicators: [...COMPLETE_2015, spec] })]);
}

export function withIndicators(specs: IndicatorSpec[], project: ProjectSpec = {}): Table {
  return makeTable([makeProject({ ...project, indicators: [...COMPLETE_2015, ...specs] })]);
}
