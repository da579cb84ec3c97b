// Parses `--param CODE.name=value` flags into rule parameter overrides.
import { UsageError } from './errors.js';

/** `PAC-GEN-004.min_women_share=0.4` → {code, name, value}; values are JSON when they parse, else strings. */
export function parseParam(flag: string): { code: string; name: string; value: unknown } {
  const m = /^(PAC-[A-Z]{3}-\d{3})\.(\w+)=(.*)$/.exec(flag);
  if (!m) throw new UsageError(`--param ${flag}: expected CODE.name=value, e.g. PAC-FIN-002.tolerance_mad=100`);
  let value: unknown = m[3];
  try {
    value = JSON.parse(m[3]!);
  } catch {
    // a plain string value
  }
  return { code: m[1]!, name: m[2]!, value };
}
