/**
 * Turns what a reader typed into a number, or a message saying what to fix.
 * Chinese input methods often produce full-width digits (１０００), thousands
 * separators and units (元, %), so those are accepted; anything else is not.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface NumberRules {
  /** Zero is allowed (a fee of 0); otherwise the number must be positive. */
  allowZero?: boolean;
  /** Anything above this is almost surely a typo (an extra 0). */
  max: number;
  integer?: boolean;
}

export function normalizeNumberText(raw: string): string {
  return raw
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/(元|%|％)$/, '');
}

export function parseNumber(raw: string, label: string, rules: NumberRules): Parsed<number> {
  const text = normalizeNumberText(raw);
  if (text === '') return { ok: false, message: `请填写${label}` };
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, message: `${label}要填数字` };
  const value = Number(text);
  if (value < 0) return { ok: false, message: `${label}不能是负数` };
  if (value === 0 && !rules.allowZero) return { ok: false, message: `${label}必须大于 0` };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, message: `${label}要填整数` };
  if (value > rules.max) {
    return {
      ok: false,
      message: `${label}太大了（最多 ${rules.max.toLocaleString('zh-CN')}），请检查是不是多输了 0`,
    };
  }
  return { ok: true, value };
}

/** A percentage as typed (2.5 means 2.5%), returned as a fraction (0.025). */
export function parsePercent(raw: string, label: string, rules: NumberRules): Parsed<number> {
  const parsed = parseNumber(raw, label, rules);
  return parsed.ok ? { ok: true, value: parsed.value / 100 } : parsed;
}
