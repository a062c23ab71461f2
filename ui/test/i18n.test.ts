import { describe, expect, it } from "vitest";
import { format, I18n } from "../src/i18n";

describe("messages", () => {
  it("fill variables as the library leaves them", () => {
    expect(format("Sparat som { $file }.", { file: "a.toml" })).toBe("Sparat som a.toml.");
    expect(format("{ $done } av { $total }", { done: 2, total: 5 })).toBe("2 av 5");
    expect(format("{$file}", { file: "x" })).toBe("x");
  });

  it("keep a variable that was not given, so the gap is visible", () => {
    expect(format("Hej { $name }", {})).toBe("Hej { $name }");
  });

  it("unescape Fluent string literals", () => {
    expect(format('Use { "{" } and { "}" }')).toBe("Use { and }");
  });

  it("look up by id, with an optional lookup for help texts", () => {
    const i18n = new I18n("en", { "app-saved": "Saved as { $file }." });
    expect(i18n.t("app-saved", { file: "p.toml" })).toBe("Saved as p.toml.");
    expect(i18n.t("no-such-id")).toBe("no-such-id");
    expect(i18n.maybe("no-such-id")).toBeUndefined();
    expect(i18n.has("app-saved")).toBe(true);
  });
});
