// Editing the project's lists (activities, recipients, cookies, change log): add, move, remove and
// undo a removal. Pure functions over the project so they are tested without a DOM.
import { getAt, setAt } from "./paths";
import type { Json, JsonObject } from "./types";

function listAt(project: JsonObject, listPath: string): Json[] {
  const v = getAt(project, listPath);
  if (Array.isArray(v)) return v;
  const fresh: Json[] = [];
  setAt(project, listPath, fresh);
  return fresh;
}

/** Appends a copy of `blank`; returns the new item's index. */
export function addItem(project: JsonObject, listPath: string, blank: JsonObject): number {
  const list = listAt(project, listPath);
  list.push(structuredClone(blank));
  return list.length - 1;
}

/** Moves an item by `delta` places (-1 up, +1 down); returns its new index, or undefined at an end. */
export function moveItem(project: JsonObject, listPath: string, index: number, delta: number): number | undefined {
  const list = listAt(project, listPath);
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return undefined;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item);
  return to;
}

export interface Removed {
  listPath: string;
  index: number;
  item: Json;
}

export function removeItem(project: JsonObject, listPath: string, index: number): Removed | undefined {
  const list = listAt(project, listPath);
  if (index < 0 || index >= list.length) return undefined;
  const [item] = list.splice(index, 1);
  return { listPath, index, item };
}

/** Puts a removed item back where it was (or at the end, if the list has shrunk since). */
export function undoRemove(project: JsonObject, removed: Removed): number {
  const list = listAt(project, removed.listPath);
  const at = Math.min(removed.index, list.length);
  list.splice(at, 0, removed.item);
  return at;
}

/** A blank item built from the fields' kinds, for lists the catalogue has no blank item for. */
export function blankFromFields(fields: { kind: string; path: string }[]): JsonObject {
  const item: JsonObject = {};
  for (const f of fields) {
    const empty: Json | undefined =
      f.kind === "text" || f.kind === "date"
        ? ""
        : f.kind === "bitext"
          ? { sv: "", en: "" }
          : f.kind === "multi" || f.kind === "list"
            ? []
            : f.kind === "bool"
              ? false
              : undefined;
    if (empty !== undefined) setAt(item, f.path, empty);
  }
  return item;
}
