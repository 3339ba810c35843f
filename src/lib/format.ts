/** Numbers as Chinese readers expect them on screen: 12,000.00元, 35.07%. */

export function formatYuan(amount: number): string {
  return `${amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`;
}

/** A fraction as a percentage: 0.350742 → "35.07%". */
export function formatPercent(fraction: number, digits = 2): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}
