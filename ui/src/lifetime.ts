// Cookie lifetimes as the library reads them (validate.rs): "session", or "<n> <unit>" with unit
// day(s), month(s) or year(s). The form edits them as a unit choice and a number, so they are
// picked, not typed.

export type LifetimeUnit = "session" | "days" | "months" | "years";
export const LIFETIME_UNITS: readonly LifetimeUnit[] = ["session", "days", "months", "years"];

export interface Lifetime {
  unit: LifetimeUnit;
  count: number;
}

/** The parts of a stored lifetime, or undefined for text the library would not accept. */
export function parseLifetime(value: string): Lifetime | undefined {
  const v = value.trim();
  if (v === "session") return { unit: "session", count: 0 };
  const m = /^(\d+)\s+(day|days|month|months|year|years)$/.exec(v);
  if (!m) return undefined;
  const unit = (m[2].endsWith("s") ? m[2] : `${m[2]}s`) as LifetimeUnit;
  return { unit, count: Number(m[1]) };
}

export function formatLifetime(l: Lifetime): string {
  if (l.unit === "session") return "session";
  return `${l.count} ${l.count === 1 ? l.unit.slice(0, -1) : l.unit}`;
}
