/**
 * The explicit rule registry, alphabetical by id. A rule is not run unless it is listed here.
 * (Keep one import and one entry per rule; tests check ids are unique and that every
 * id is in released-ids.json, the list of released ids, which only ever grows.)
 */
import amountMissing from "./amount-missing";
import basisMissing from "./basis-missing";
import categoryEmpty from "./category-empty";
import copyPasteSuspect from "./copy-paste-suspect";
import costOperator from "./cost-operator";
import costOverBudget from "./cost-over-budget";
import costTotalMismatch from "./cost-total-mismatch";
import directionInverted from "./direction-inverted";
import durationUncapped from "./duration-uncapped";
import fundSplitMismatch from "./fund-split-mismatch";
import goalIndicatorMismatch from "./goal-indicator-mismatch";
import goalMissing from "./goal-missing";
import goalTooShort from "./goal-too-short";
import importRejectedChars from "./import-rejected-chars";
import indicatorCount from "./indicator-count";
import indicatorDuplicate from "./indicator-duplicate";
import indicatorMisplaced from "./indicator-misplaced";
import indicatorNameMissing from "./indicator-name-missing";
import indicatorsMissing from "./indicators-missing";
import inputAsOutput from "./input-as-output";
import levelNameUnmappable from "./level-name-unmappable";
import level1Missing from "./level1-missing";
import level2Missing from "./level2-missing";
import midtermValueMissing from "./midterm-value-missing";
import operatorMissing from "./operator-missing";
import percentOutOfRange from "./percent-out-of-range";
import periodsIdentical from "./periods-identical";
import placeholderLeft from "./placeholder-left";
import qualitativeWithUnit from "./qualitative-with-unit";
import readingUncertain from "./reading-uncertain";
import satisfactionLow from "./satisfaction-low";
import standardExceeded from "./standard-exceeded";
import sumMismatch from "./sum-mismatch";
import tableNotFound from "./table-not-found";
import targetBelowHistory from "./target-below-history";
import titleGoalMismatch from "./title-goal-mismatch";
import unitMismatch from "./unit-mismatch";
import unitMissing from "./unit-missing";
import valueMalformed from "./value-malformed";
import valueMissing from "./value-missing";
import valueNotMeasurable from "./value-not-measurable";
import valueNotPlainNumber from "./value-not-plain-number";
import weightCategoryMismatch from "./weight-category-mismatch";
import weightNonpositive from "./weight-nonpositive";
import weightTotal from "./weight-total";
import whitespaceInField from "./whitespace-in-field";
import yesNoAsRate from "./yes-no-as-rate";
import type { Rule } from "./rule";

export const RULES: readonly Rule[] = [
  amountMissing,
  basisMissing,
  categoryEmpty,
  copyPasteSuspect,
  costOperator,
  costOverBudget,
  costTotalMismatch,
  directionInverted,
  durationUncapped,
  fundSplitMismatch,
  goalIndicatorMismatch,
  goalMissing,
  goalTooShort,
  importRejectedChars,
  indicatorCount,
  indicatorDuplicate,
  indicatorMisplaced,
  indicatorNameMissing,
  indicatorsMissing,
  inputAsOutput,
  levelNameUnmappable,
  level1Missing,
  level2Missing,
  midtermValueMissing,
  operatorMissing,
  percentOutOfRange,
  periodsIdentical,
  placeholderLeft,
  qualitativeWithUnit,
  readingUncertain,
  satisfactionLow,
  standardExceeded,
  sumMismatch,
  tableNotFound,
  targetBelowHistory,
  titleGoalMismatch,
  unitMismatch,
  unitMissing,
  valueMalformed,
  valueMissing,
  valueNotMeasurable,
  valueNotPlainNumber,
  weightCategoryMismatch,
  weightNonpositive,
  weightTotal,
  whitespaceInField,
  yesNoAsRate,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
