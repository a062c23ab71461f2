// Reading locales/<lang>/ui.ftl in tests, as the library hands it to the UI.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Message ids and their text (continuation lines joined) from a Fluent file of plain messages. */
export function parseFtl(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z][\w-]*)\s*=\s*(.*)$/.exec(line);
    if (m) {
      current = m[1];
      if (out.has(current)) throw new Error(`duplicate message ${current}`);
      out.set(current, m[2]);
    } else if (current && /^\s+\S/.test(line)) {
      out.set(current, `${out.get(current)} ${line.trim()}`);
    } else {
      current = undefined;
    }
  }
  return out;
}

/** The UI messages of one language, as the `ui_messages` command returns them. */
export function uiMessages(lang: "sv" | "en"): Record<string, string> {
  const root = join(__dirname, "..", "..");
  return Object.fromEntries(parseFtl(readFileSync(join(root, `locales/${lang}/ui.ftl`), "utf8")));
}
