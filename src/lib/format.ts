/** Numbers as Chinese readers expect them on screen: 12,000.00元, 35.07%. */

export function formatYuan(amount: number): string {
  return `${formatAmount(amount)}元`;
}

/** An amount without its unit, for table cells whose header already says 元. */
export function formatAmount(amount: number): string {
  return amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A fraction as a percentage: 0.350742 → "35.07%". */
export function formatPercent(fraction: number, digits = 2): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A number of months as a reader says it: 8 个月, 1 年 3 个月, 2 年整. */
export function formatMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} 个月`;
  return rest === 0 ? `${years} 年整` : `${years} 年 ${rest} 个月`;
}
