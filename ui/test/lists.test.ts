import { describe, expect, it } from "vitest";
import { addItem, blankFromFields, moveItem, removeItem, undoRemove } from "../src/lists";
import type { JsonObject } from "../src/types";

const names = (p: JsonObject) => (p.cookies as JsonObject).items as JsonObject[];

describe("list editing", () => {
  it("adds a copy of the blank item, creating the list if needed", () => {
    const p: JsonObject = {};
    const blank = { name: "", lifetime: "session" };
    expect(addItem(p, "cookies.items", blank)).toBe(0);
    expect(addItem(p, "cookies.items", blank)).toBe(1);
    (names(p)[0] as JsonObject).name = "a";
    expect(blank.name).toBe("");
    expect(names(p)[1]).toEqual({ name: "", lifetime: "session" });
  });

  it("moves items up and down and refuses to move past an end", () => {
    const p: JsonObject = { cookies: { items: [{ name: "a" }, { name: "b" }, { name: "c" }] } };
    expect(moveItem(p, "cookies.items", 0, -1)).toBeUndefined();
    expect(moveItem(p, "cookies.items", 2, 1)).toBeUndefined();
    expect(moveItem(p, "cookies.items", 0, 1)).toBe(1);
    expect(names(p).map((c) => c.name)).toEqual(["b", "a", "c"]);
    expect(moveItem(p, "cookies.items", 2, -1)).toBe(1);
    expect(names(p).map((c) => c.name)).toEqual(["b", "c", "a"]);
  });

  it("removes an item and puts it back where it was on undo", () => {
    const p: JsonObject = { cookies: { items: [{ name: "a" }, { name: "b" }, { name: "c" }] } };
    const removed = removeItem(p, "cookies.items", 1)!;
    expect(names(p).map((c) => c.name)).toEqual(["a", "c"]);
    expect(removeItem(p, "cookies.items", 5)).toBeUndefined();
    expect(undoRemove(p, removed)).toBe(1);
    expect(names(p).map((c) => c.name)).toEqual(["a", "b", "c"]);
  });

  it("undoes at the end when the list has shrunk since", () => {
    const p: JsonObject = { cookies: { items: [{ name: "a" }, { name: "b" }, { name: "c" }] } };
    const removed = removeItem(p, "cookies.items", 2)!;
    removeItem(p, "cookies.items", 1);
    expect(undoRemove(p, removed)).toBe(1);
    expect(names(p).map((c) => c.name)).toEqual(["a", "c"]);
  });

  it("builds a blank item from field kinds", () => {
    expect(
      blankFromFields([
        { kind: "text", path: "version" },
        { kind: "date", path: "date" },
        { kind: "bitext", path: "summary" },
        { kind: "choice", path: "address.country" },
        { kind: "text", path: "address.street" },
        { kind: "bool", path: "public" },
        { kind: "multi", path: "ids" },
      ]),
    ).toEqual({ version: "", date: "", summary: { sv: "", en: "" }, address: { street: "" }, public: false, ids: [] });
  });
});
