// What the start screen shows under a recent project's title: where it is, shortened to what
// tells it apart. Two projects with the same title get as many of their folders (from the file
// outwards) as it takes to differ; a title of its own gets its parent folder.
import type { RecentProject } from "./types";

/** Folders of a path's directory, innermost first: `/home/a/b/x.toml` -> [`b`, `a`, `home`]. */
function folders(path: string): string[] {
  const parts = path.split(/[\\/]/).filter((p) => p !== "");
  parts.pop();
  return parts.reverse();
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** One short place per recent entry, in the same order. */
export function recentPlaces(recent: RecentProject[]): string[] {
  const title = (r: RecentProject) => r.title || fileName(r.path);
  return recent.map((r) => {
    const mine = folders(r.path);
    const others = recent.filter((o) => o !== r && title(o) === title(r)).map((o) => folders(o.path));
    // Same folder as another entry of the same title: only the file name tells them apart.
    const sameFolder = others.some((o) => o.join("/") === mine.join("/"));
    let depth = 1;
    const tail = (f: string[], n: number) => f.slice(0, n).reverse().join("/");
    if (!sameFolder) {
      while (depth < mine.length && others.some((o) => tail(o, depth) === tail(mine, depth))) depth += 1;
    }
    const where = mine.length === 0 ? "/" : (depth < mine.length ? "…/" : "/") + tail(mine, depth);
    return sameFolder ? `${where}/${fileName(r.path)}`.replace("//", "/") : where;
  });
}
