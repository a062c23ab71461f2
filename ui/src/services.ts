// "Which of these services do you use?": the catalogue of services (data/services.toml, the
// `services` command) as a searchable list of check boxes at the top of the Sharing step, and the
// note on each recipient or cookie a service added that says where its facts come from.
import type { CatalogView } from "./catalog";
import { h } from "./dom";
import type { I18n } from "./i18n";
import type { JsonObject, Lang, LangText, Project, ServiceCatalogue, ServiceFactSource, ServiceInfo } from "./types";

export interface ServicePickerEnv {
  i18n: I18n;
  catalog: CatalogView;
  /** The user ticked (true) or unticked (false) a service. */
  toggle(id: string, used: boolean): void;
}

/** The ids of the services a project names in its recipients or cookie items. */
export function usedServices(project: Project): Set<string> {
  const used = new Set<string>();
  const recipients = Array.isArray(project["recipients"]) ? project["recipients"] : [];
  const cookies = (project["cookies"] as JsonObject | undefined)?.["items"];
  for (const item of [...recipients, ...(Array.isArray(cookies) ? cookies : [])]) {
    const id = (item as JsonObject)?.["service"];
    if (typeof id === "string" && id) used.add(id);
  }
  return used;
}

/** A catalogue text in a language, or in the first language that has it. */
function inLanguage(text: LangText, lang: Lang): string {
  return text[lang] || Object.values(text).find((t) => t) || "";
}

/** Whether a service matches what was typed in the search box (name, provider, description). */
export function matches(service: ServiceInfo, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const hay = [service.id, service.name, service.provider?.entity ?? "", ...Object.values(service.description)];
  return hay.join(" ").toLowerCase().includes(q);
}

export class ServicePicker {
  /** What is typed in the search box: kept across the re-render a tick causes. */
  private query = "";

  constructor(
    private readonly services: ServiceCatalogue,
    private readonly env: ServicePickerEnv,
  ) {}

  render(project: Project): HTMLElement {
    const t = this.env.i18n;
    const used = usedServices(project);
    const search = h("input", {
      type: "search",
      id: "service-search",
      value: this.query,
      "data-testid": "service-search",
      "data-path": "services",
      "aria-controls": "service-list",
    });
    const list = h("ul", { class: "service-list", id: "service-list" });
    const status = h("p", { class: "service-count", role: "status" });
    const filter = () => {
      let shown = 0;
      for (const li of list.children as HTMLCollectionOf<HTMLElement>) {
        const service = this.services.services.find((s) => s.id === li.dataset.service);
        li.hidden = !service || !matches(service, this.query);
        if (!li.hidden) shown += 1;
      }
      status.textContent = t.t("app-services-shown", { shown, total: this.services.services.length });
    };
    search.addEventListener("input", () => {
      this.query = search.value;
      filter();
    });
    for (const s of this.services.services) list.append(this.choice(s, used.has(s.id)));
    filter();
    return h(
      "section",
      { class: "field field-services", "data-testid": "services", "aria-labelledby": "services-heading" },
      h("h3", { id: "services-heading" }, t.t("q-services")),
      h("p", { class: "help", id: "services-help" }, t.t("q-services-help", { date: this.services.checked })),
      h("label", { for: "service-search" }, t.t("app-services-search")),
      search,
      status,
      list,
    );
  }

  private choice(s: ServiceInfo, used: boolean): HTMLElement {
    const t = this.env.i18n;
    const id = `service-${s.id}`;
    const box = h("input", {
      type: "checkbox",
      id,
      checked: used,
      "data-testid": "service-choice",
      "data-path": "services",
      "data-option": s.id,
      "aria-describedby": `${id}-desc`,
    });
    box.addEventListener("change", () => this.env.toggle(s.id, box.checked));
    const description = inLanguage(s.description, t.lang);
    return h(
      "li",
      { "data-service": s.id },
      box,
      h("label", { for: id }, s.name),
      h("span", { class: "service-description", id: `${id}-desc` }, ` – ${description}`),
    );
  }
}

/** One line per fact the catalogue gave an item: what, its source and the date it was checked. */
export function factsNote(
  services: ServiceCatalogue,
  item: JsonObject,
  kind: "recipient" | "cookie",
  i18n: I18n,
  catalog: CatalogView,
): HTMLElement | undefined {
  const id = item["service"];
  const service = typeof id === "string" ? services.services.find((s) => s.id === id) : undefined;
  if (typeof id !== "string" || !id) return undefined;
  if (!service) return h("p", { class: "note", "data-testid": "service-facts" }, i18n.t("app-service-unknown", { id }));
  const name = (list: string, value: string) => catalog.entry(list, value)?.name ?? value;
  const lines: [string, ServiceFactSource][] = [];
  if (kind === "recipient") {
    const p = service.provider;
    if (p) lines.push([[p.entity, name("recipient_countries", p.country)].filter(Boolean).join(", "), p]);
    if (service.role) {
      const note = service.role.note ? ` – ${inLanguage(service.role.note, i18n.lang)}` : "";
      lines.push([`${name("recipient_kinds", service.role.kind)}${note}`, service.role]);
    }
    const tr = service.role?.kind === "controller" ? undefined : service.transfer;
    if (tr) {
      const countries = tr.countries.map((c) => name("recipient_countries", c)).join(", ");
      lines.push([tr.safeguard ? `${countries}: ${name("safeguards", tr.safeguard)}` : countries, tr]);
    }
    if (service.stays_in_eea) lines.push([i18n.t("app-service-stays-in-eea"), service.stays_in_eea]);
  } else {
    const cookie = service.cookies?.find((c) => c.name === item["name"]);
    if (cookie) lines.push([`${cookie.name}: ${cookie.lifetime}`, cookie]);
  }
  const facts = lines.map(([what, from]) =>
    h("li", {}, i18n.t("app-service-fact", { what, source: from.source, date: from.checked })),
  );
  // What the catalogue could not find in a source: the user answers it (nothing is guessed).
  const unknown: string[] = [];
  if (kind === "recipient") {
    const controller = service.role?.kind === "controller";
    if (controller && service.transfer) unknown.push(i18n.t("app-service-controller-transfers", { name: service.name }));
    if (!service.role) unknown.push(i18n.t("app-service-role-unknown"));
    if (!controller && !service.transfer && !service.stays_in_eea) unknown.push(i18n.t("app-service-location-unknown"));
    if (!controller && service.transfer && !service.transfer.safeguard) unknown.push(i18n.t("app-service-safeguard-unknown"));
  }
  return h(
    "div",
    { class: "note service-facts", "data-testid": "service-facts" },
    h("p", {}, i18n.t("app-service-from", { name: service.name })),
    facts.length ? h("ul", {}, facts) : "",
    ...unknown.map((u) => h("p", { class: "service-unknown" }, u)),
  );
}
