import { describe, expect, it } from "vitest";
import { missingTranslations, publishedLanguages } from "../src/translations";

describe("missing translations", () => {
  const both = ["sv", "en"] as const;

  it("marks the published language that lacks a text written in another", () => {
    expect(missingTranslations({ sv: "Beställningar", en: "" }, both)).toEqual(["en"]);
    expect(missingTranslations({ en: "Orders" }, both)).toEqual(["sv"]);
    expect(missingTranslations({ sv: "Beställningar", en: "   " }, both)).toEqual(["en"]);
  });

  it("marks nothing when both are written or neither is", () => {
    expect(missingTranslations({ sv: "a", en: "b" }, both)).toEqual([]);
    expect(missingTranslations({ sv: "", en: "" }, both)).toEqual([]);
    expect(missingTranslations(undefined, both)).toEqual([]);
  });

  it("only concerns the languages the project publishes", () => {
    expect(missingTranslations({ sv: "Beställningar" }, ["sv"])).toEqual([]);
    expect(missingTranslations({ en: "Orders" }, ["sv"])).toEqual([]);
  });

  it("orders the published languages as the library does", () => {
    expect(publishedLanguages(["en", "sv"])).toEqual(["sv", "en"]);
    expect(publishedLanguages(["en"])).toEqual(["en"]);
    expect(publishedLanguages(undefined)).toEqual([]);
  });
});
