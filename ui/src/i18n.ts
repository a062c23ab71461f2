// UI messages from locales/<lang>/ui.ftl, delivered by the ui_messages command with Fluent
// variables left as `{ $name }`. Every visible string and aria-label goes through `t`.
import type { Lang, Messages } from "./types";

export type Vars = Record<string, string | number>;

const PLACEABLE = /\{\s*(?:\$([A-Za-z][\w-]*)|"((?:[^"\\]|\\.)*)")\s*\}/g;

/** Fills `{ $name }` variables and Fluent string literals such as `{ "{" }`. */
export function format(pattern: string, vars: Vars = {}): string {
  return pattern.replace(PLACEABLE, (whole, name: string | undefined, literal: string | undefined) => {
    if (name !== undefined) {
      const v = vars[name];
      return v === undefined ? whole : String(v);
    }
    return (literal ?? "").replace(/\\(.)/g, "$1");
  });
}

export class I18n {
  constructor(
    public readonly lang: Lang,
    private readonly messages: Messages,
  ) {}

  has(id: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.messages, id);
  }

  /** The message, with variables filled. An unknown id shows as itself so the gap is visible. */
  t(id: string, vars?: Vars): string {
    const pattern = this.has(id) ? this.messages[id] : undefined;
    if (pattern === undefined) {
      if (import.meta.env?.DEV) console.warn(`missing UI message: ${id}`);
      return id;
    }
    return format(pattern, vars);
  }

  /** Like `t`, but undefined when the message does not exist (optional help texts, item names). */
  maybe(id: string, vars?: Vars): string | undefined {
    return this.has(id) ? format(this.messages[id], vars) : undefined;
  }
}
