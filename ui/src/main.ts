import { App } from "./app";
import { toAppError } from "./api";

const root = document.getElementById("app");
if (root) {
  new App(root).start().catch((err) => {
    // Start-up failed before any message could be loaded: show the command's own error text.
    const e = toAppError(err);
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.className = "fatal";
    p.textContent = e.message;
    root.replaceChildren(p);
  });
}
