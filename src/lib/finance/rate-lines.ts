/** Where an annual rate stands against the lines courts draw (see src/data/legal-rate-lines.ts). */
import { rateLines, type RateLine } from '../../data/legal-rate-lines';

export interface RateLineComparison {
  line: RateLine;
  above: boolean;
}

export function compareWithRateLines(
  nominalAnnualRate: number,
  lines: readonly RateLine[] = rateLines,
): RateLineComparison[] {
  // Compare in hundredths of a percent so 24.00% displayed is never called "above 24%".
  const shown = Math.round(nominalAnnualRate * 10_000);
  return lines.map((line) => ({ line, above: shown > Math.round(line.annualRate * 10_000) }));
}
