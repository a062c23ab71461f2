// Paths into the project, in the library's notation: `activities[1].legal_basis`,
// `recipients[0].purpose.en`. Diagnostics carry such a path; fields declare one; both meet here.
import type { Json, JsonObject } from "./types";

export type Segment = string | number;

export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  }
  return out;
}

/** Joins a base path and a relative one: join("activities[2]", "purpose.sv"). */
export function joinPath(base: string, rel: string): string {
  if (base === "") return rel;
  if (rel === "") return base;
  return rel.startsWith("[") ? base + rel : `${base}.${rel}`;
}

/** `path` and the paths that contain it, deepest first: `a[1].b` -> `a[1].b`, `a[1]`, `a`. */
export function pathAndAncestors(path: string): string[] {
  const out = [path];
  for (let i = path.length - 1; i > 0; i--) {
    const c = path.charAt(i);
    if (c === "." || c === "[") out.push(path.slice(0, i));
  }
  return out;
}

export function getAt(root: Json | undefined, path: string): Json | undefined {
  let cur: Json | undefined = root;
  for (const seg of parsePath(path)) {
    if (cur === null || cur === undefined || typeof cur !== "object") return undefined;
    cur = Array.isArray(cur) ? (typeof seg === "number" ? cur[seg] : undefined) : (cur as JsonObject)[String(seg)];
  }
  return cur;
}

/**
 * Sets a value, creating missing objects on the way. `undefined` removes the key, which is how an
 * optional field left empty is written (the library treats an absent optional field as "none").
 */
export function setAt(root: JsonObject, path: string, value: Json | undefined): void {
  const segs = parsePath(path);
  if (segs.length === 0) throw new Error("setAt: empty path");
  let cur: Json = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    const container = cur as JsonObject | Json[];
    let next = (container as Record<string | number, Json>)[seg as never] as Json | undefined;
    if (next === undefined || next === null || typeof next !== "object") {
      next = typeof segs[i + 1] === "number" ? [] : {};
      (container as Record<string | number, Json>)[seg as never] = next;
    }
    cur = next;
  }
  const last = segs[segs.length - 1];
  const container = cur as Record<string | number, Json>;
  if (value === undefined) {
    if (Array.isArray(cur) && typeof last === "number") cur.splice(last, 1);
    else delete container[last as never];
  } else {
    container[last as never] = value;
  }
}
