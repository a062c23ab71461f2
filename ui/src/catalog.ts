// Read access to the catalogue sent by the `catalog` command. Only this module knows its shape.
import type { Catalog, CatalogEntry, Json, JsonObject } from "./types";

export interface CatalogView {
  /** The entries of one choice list, in the catalogue's order; empty for an unknown list. */
  entries(list: string): CatalogEntry[];
  entry(list: string, id: string): CatalogEntry | undefined;
  /** A fresh copy of the blank item for a list (activity, recipient, cookie), if the catalogue has one. */
  blank(kind: string): JsonObject | undefined;
  /** A flag of an entry, such as `special` on data categories or `eea` on countries. */
  flag(list: string, id: string, name: string): boolean;
}

export function catalogView(catalog: Catalog): CatalogView {
  const lists = new Map<string, CatalogEntry[]>();
  const list = (name: string): CatalogEntry[] => {
    let found = lists.get(name);
    if (!found) {
      const raw = catalog[name];
      found = Array.isArray(raw) ? (raw.filter((e) => e && typeof e === "object" && "id" in e) as CatalogEntry[]) : [];
      lists.set(name, found);
    }
    return found;
  };
  return {
    entries: list,
    entry: (name, id) => list(name).find((e) => e.id === id),
    blank(kind) {
      const blanks = catalog["blank"] as Record<string, Json> | undefined;
      const item = blanks?.[kind];
      return item && typeof item === "object" && !Array.isArray(item) ? (structuredClone(item) as JsonObject) : undefined;
    },
    flag(name, id, flagName) {
      const e = list(name).find((x) => x.id === id) as unknown as Record<string, unknown> | undefined;
      return e ? e[flagName] === true : false;
    },
  };
}
