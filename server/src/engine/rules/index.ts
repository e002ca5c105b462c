// The ordered registry of rules. Ids are stable: a retired rule keeps its id, commented out here.
import type { RuleMeta } from '../types.js';
import { balanceMismatch } from './balanceMismatch.js';
import { carriedOverMismatch } from './carriedOverMismatch.js';
import { cellBlank } from './cellBlank.js';
import { cellCount } from './cellCount.js';
import { cellFullWidth } from './cellFullWidth.js';
import { cellNotNumber } from './cellNotNumber.js';
import { cellUnit } from './cellUnit.js';
import { columnMissing } from './columnMissing.js';
import { columnUnknown } from './columnUnknown.js';
import { formatVersion } from './formatVersion.js';
import { governmentAssessment } from './governmentAssessment.js';
import { inForceDrift } from './inForceDrift.js';
import { labelNonstandard } from './labelNonstandard.js';
import { preambleParts } from './preambleParts.js';
import { problemsNotOnlyPlans } from './problemsNotOnlyPlans.js';
import { processingFeeStatement } from './processingFeeStatement.js';
import { registry } from './registry.js';
import { reportTitle } from './reportTitle.js';
import type { Rule } from './rule.js';
import { rowMissing } from './rowMissing.js';
import { rowUnknown } from './rowUnknown.js';
import { sectionEmpty } from './sectionEmpty.js';
import { sectionHeading } from './sectionHeading.js';
import { sectionMissing } from './sectionMissing.js';
import { sectionOrder } from './sectionOrder.js';
import { sectionTitle } from './sectionTitle.js';
import { sectionTitleVariant } from './sectionTitleVariant.js';
import { sumMismatch } from './sumMismatch.js';
import { tableMissing } from './tableMissing.js';
import { textSumMismatch } from './textSumMismatch.js';
import { textTableMismatch } from './textTableMismatch.js';
import { textYearMismatch } from './textYearMismatch.js';
import { unknownDirective } from './unknownDirective.js';
import { wrongTemplate } from './wrongTemplate.js';

export const RULES: readonly Rule[] = [
  reportTitle, // DL001
  formatVersion, // DL002
  unknownDirective, // DL003
  sectionMissing, // DL101
  sectionOrder, // DL102
  sectionTitle, // DL103
  sectionTitleVariant, // DL104
  sectionHeading, // DL105
  sectionEmpty, // DL106
  tableMissing, // DL201
  wrongTemplate, // DL202
  rowMissing, // DL203
  rowUnknown, // DL204
  labelNonstandard, // DL205
  columnMissing, // DL206
  columnUnknown, // DL207
  cellBlank, // DL301
  cellNotNumber, // DL302
  cellCount, // DL303
  cellFullWidth, // DL304
  cellUnit, // DL305
  sumMismatch, // DL401
  balanceMismatch, // DL402
  textTableMismatch, // DL501
  textSumMismatch, // DL502
  textYearMismatch, // DL503
  preambleParts, // DL504
  carriedOverMismatch, // DL601
  inForceDrift, // DL602
  governmentAssessment, // DL603
  problemsNotOnlyPlans, // DL604
  processingFeeStatement, // DL605
];

registry.push(...RULES);

export const ruleMetas: readonly RuleMeta[] = RULES.map((r) => r.meta);
export { findRuleMeta } from './registry.js';
