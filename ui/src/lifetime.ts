// Cookie lifetimes as the library reads them (crates/policywright-project/src/validate.rs, read_lifetime): "session",
// "none", "until deleted", "<n> <unit>", "up to <n> <unit>" or "<n> <unit> to <m> <unit>", units
// second … year, singular or plural, any case. The form edits them as a form choice and one or two
// number-and-unit pairs, so they are picked, not typed; what it writes is what the library reads.

export type LifetimeUnit = "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years";
export const LIFETIME_UNITS: readonly LifetimeUnit[] = ["seconds", "minutes", "hours", "days", "weeks", "months", "years"];

/** The shapes a lifetime takes; "for" is a set time, "range" a span between two times. */
export type LifetimeForm = "session" | "for" | "up-to" | "range" | "until-deleted" | "none";
export const LIFETIME_FORMS: readonly LifetimeForm[] = ["session", "for", "up-to", "range", "until-deleted", "none"];
/** The forms with a number and a unit. */
export const TIMED_FORMS: readonly LifetimeForm[] = ["for", "up-to", "range"];

export interface Span {
  count: number;
  unit: LifetimeUnit;
}

export interface Lifetime {
  form: LifetimeForm;
  /** The time of "for" and "up-to", the start of a range. */
  from?: Span;
  /** The end of a range. */
  to?: Span;
}

function span(n: string, unit: string): Span | undefined {
  // Digits only, an explicit "+" too, as the library reads them.
  const digits = n.startsWith("+") ? n.slice(1) : n;
  if (!/^\d+$/.test(digits)) return undefined;
  const count = Number(digits);
  if (!(count > 0) || count > 4294967295) return undefined;
  const word = unit.toLowerCase();
  const plural = (word.endsWith("s") ? word : `${word}s`) as LifetimeUnit;
  return LIFETIME_UNITS.includes(plural) ? { count, unit: plural } : undefined;
}

/** The parts of a stored lifetime, or undefined for text the library would not accept. */
export function parseLifetime(value: string): Lifetime | undefined {
  const words = value.trim().split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  const is = (...expected: (string | null)[]) =>
    lower.length === expected.length && expected.every((e, i) => e === null || lower[i] === e);
  if (is("session")) return { form: "session" };
  if (is("none")) return { form: "none" };
  if (is("until", "deleted")) return { form: "until-deleted" };
  if (is(null, null)) {
    const from = span(words[0], words[1]);
    return from && { form: "for", from };
  }
  if (is("up", "to", null, null)) {
    const from = span(words[2], words[3]);
    return from && { form: "up-to", from };
  }
  if (is(null, null, "to", null, null)) {
    const from = span(words[0], words[1]);
    const to = span(words[3], words[4]);
    // A range with its longer end first is read: the library reports it at the field.
    return from && to && { form: "range", from, to };
  }
  return undefined;
}

function formatSpan(s: Span): string {
  return `${s.count} ${s.count === 1 ? s.unit.slice(0, -1) : s.unit}`;
}

export function formatLifetime(l: Lifetime): string {
  const from = l.from ?? { count: 1, unit: "months" };
  switch (l.form) {
    case "session":
      return "session";
    case "none":
      return "none";
    case "until-deleted":
      return "until deleted";
    case "for":
      return formatSpan(from);
    case "up-to":
      return `up to ${formatSpan(from)}`;
    case "range":
      return `${formatSpan(from)} to ${formatSpan(l.to ?? { count: 1, unit: "years" })}`;
  }
}
