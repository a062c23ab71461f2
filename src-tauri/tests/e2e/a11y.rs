//! Accessibility and layout checks in the app's real webview: axe-core injected over WebDriver,
//! keyboard focus, clipped text and words cut in the middle, at a given window size.

use crate::harness::App;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

/// The WCAG 2.2 A and AA rule tags axe runs (the same as the HTML outputs' check).
const WCAG_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// The text of axe.min.js from the UI's npm packages (axe-core, a devDependency of ui/).
fn axe_source() -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!(
            "e2e: {} not readable ({e}): run `npm ci` in ui/ (scripts/setup.sh does)",
            file.display()
        )
    })
}

/// Runs axe-core's WCAG 2.2 A/AA rules over the whole page as it is now; fails with every
/// violation (rule, impact, what to do, the elements) when there is any. axe leaves the colour
/// contrast of text scrolled out of view undecided, so the scrolling panes matching `sweep` are
/// also scrolled through, a window at a time, and the contrast of what shows checked.
pub async fn axe(app: &App, screen: &str, sweep: &str) {
    let loaded = app
        .js("return typeof window.axe === 'object';", vec![])
        .await;
    if loaded != json!(true) {
        app.js(&axe_source(), vec![]).await;
        let loaded = app
            .js("return typeof window.axe === 'object';", vec![])
            .await;
        assert_eq!(
            loaded,
            json!(true),
            "e2e: axe-core did not load in the webview"
        );
        // axe must see a violation where there is one: an image without a text alternative.
        let canary = app
            .client
            .execute_async(
                r#"
                const done = arguments[arguments.length - 1];
                const img = document.createElement("img");
                img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
                img.width = img.height = 20;
                document.body.append(img);
                window.axe.run(img, { runOnly: { type: "rule", values: ["image-alt"] } })
                  .then((r) => { img.remove(); done(r.violations.map((v) => v.id)); })
                  .catch((e) => { img.remove(); done(String(e)); });
                "#,
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(
            canary,
            json!(["image-alt"]),
            "e2e: axe-core does not report in this webview"
        );
    }
    // The contrast sweep of long panes takes a while on two cores: more than the default 30 s
    // a script may run.
    app.client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(120)),
            None,
            None,
        ))
        .await
        .expect("set the script timeout");
    let started = std::time::Instant::now();
    let result = app
        .client
        .execute_async(
            r#"
            const [tags, sweep, done] = arguments;
            const slim = (vs) => vs.map((v) => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
            }));
            (async () => {
              const all = await window.axe.run(document,
                { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
              const violations = slim(all.violations);
              const panes = [...(sweep ? document.querySelectorAll(sweep) : [])]
                .filter((p) => p.getBoundingClientRect().height > 0 && p.scrollHeight > p.clientHeight);
              const seen = new Set(violations.flatMap((v) => v.nodes.map((n) => v.id + n.target)));
              for (const pane of panes) {
                const start = pane.scrollTop;
                for (let top = 0; ; top += Math.max(50, pane.clientHeight - 40)) {
                  pane.scrollTop = top;
                  const r = await window.axe.run(pane,
                    { runOnly: { type: "rule", values: ["color-contrast"] }, resultTypes: ["violations"] });
                  for (const v of slim(r.violations)) {
                    const fresh = v.nodes.filter((n) => !seen.has(v.id + n.target));
                    fresh.forEach((n) => seen.add(v.id + n.target));
                    if (fresh.length) violations.push({ ...v, nodes: fresh });
                  }
                  if (top + pane.clientHeight >= pane.scrollHeight) break;
                }
                pane.scrollTop = start;
              }
              return violations;
            })()
              .then((violations) => done({ ok: true, violations }))
              .catch((e) => done({ ok: false, error: String(e) }));
            "#,
            vec![json!(WCAG_TAGS), json!(sweep)],
        )
        .await
        .unwrap_or_else(|e| panic!("e2e: axe.run on {screen}: {e}"));
    assert_eq!(
        result["ok"],
        json!(true),
        "e2e: axe failed on {screen}: {result}"
    );
    eprintln!(
        "e2e: axe on {screen}: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let violations = result["violations"].as_array().unwrap();
    if violations.is_empty() {
        return;
    }
    app.dump(&format!("axe-{}", screen.replace([' ', '/'], "-")))
        .await;
    let mut report = String::new();
    for v in violations {
        report.push_str(&format!(
            "\n  {} ({}): {}",
            v["id"].as_str().unwrap_or("?"),
            v["impact"].as_str().unwrap_or("?"),
            v["help"].as_str().unwrap_or("?")
        ));
        for n in v["nodes"].as_array().unwrap().iter().take(6) {
            report.push_str(&format!(
                "\n    at {}: {}",
                n["target"].as_str().unwrap_or("?"),
                n["summary"].as_str().unwrap_or("").replace('\n', " ")
            ));
        }
    }
    panic!(
        "e2e: axe-core found {} WCAG 2.2 A/AA violation(s) on {screen}:{report}",
        violations.len()
    );
}

/// Presses a key (a WebDriver key code such as '\u{E004}' for Tab) in the focused element.
pub async fn press(app: &App, key: char) {
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    app.client
        .perform_actions(actions)
        .await
        .unwrap_or_else(|e| panic!("e2e: key {key:?}: {e}"));
    app.client.release_actions().await.ok();
}

pub const TAB: char = '\u{E004}';
pub const ENTER: char = '\u{E007}';
pub const ESCAPE: char = '\u{E00C}';
pub const ARROW_DOWN: char = '\u{E015}';

/// What has keyboard focus: its test id (or data-path, or tag), and whether a focus indicator
/// is drawn (an outline or a box shadow).
pub async fn focused(app: &App) -> (String, bool) {
    let v = app
        .js(
            r#"
            const el = document.activeElement;
            if (!el || el === document.body) return ["body", false];
            const cs = getComputedStyle(el);
            const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
            const shadow = cs.boxShadow !== "none";
            const name = el.getAttribute("data-testid") || el.getAttribute("data-path") || el.tagName.toLowerCase();
            const part = el.getAttribute("data-option") || el.getAttribute("data-example") || "";
            return [part ? `${name}[${part}]` : name, outline || shadow];
            "#,
            vec![],
        )
        .await;
    (
        v[0].as_str().unwrap_or("").to_owned(),
        v[1].as_bool().unwrap_or(false),
    )
}

/// Tabs from the start of the page until every id in `wanted` has had focus (at most `limit`
/// presses); each focused control must show its focus. Returns what was reached, in order.
pub async fn tab_to_all(app: &App, screen: &str, wanted: &[&str], limit: usize) -> Vec<String> {
    app.js(
        "document.activeElement && document.activeElement.blur(); window.getSelection().removeAllRanges();",
        vec![],
    )
    .await;
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..limit {
        press(app, TAB).await;
        let (name, ring) = focused(app).await;
        assert!(
            ring || name == "body",
            "e2e: {screen}: `{name}` has keyboard focus but no visible focus indicator (after {seen:?})"
        );
        seen.push(name);
        if wanted.iter().all(|w| {
            seen.iter()
                .any(|s| s == w || s.starts_with(&format!("{w}[")))
        }) {
            return seen;
        }
    }
    let missing: Vec<_> = wanted
        .iter()
        .filter(|w| {
            !seen
                .iter()
                .any(|s| s == *w || s.starts_with(&format!("{w}[")))
        })
        .collect();
    panic!("e2e: {screen}: Tab never reached {missing:?}; it went {seen:?}");
}

/// Resizes the window so the page is `w`×`h` CSS pixels, and waits for the layout.
pub async fn window_size(app: &App, w: u32, h: u32) {
    app.client
        .set_window_size(w, h)
        .await
        .unwrap_or_else(|e| panic!("e2e: set window size {w}x{h}: {e}"));
    // Window decorations (none under a bare Xvfb) would make the page smaller than the window.
    for _ in 0..50 {
        let v = app
            .js("return [window.innerWidth, window.innerHeight];", vec![])
            .await;
        if v == json!([w, h]) {
            tokio::time::sleep(Duration::from_millis(300)).await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let v = app
        .js("return [window.innerWidth, window.innerHeight];", vec![])
        .await;
    panic!("e2e: asked for a {w}x{h} window, the page is {v}");
}

/// Text that a person cannot read in full, under the elements matching `roots`:
/// - an element that hides its overflow (overflow hidden/clip) with more content than room;
/// - an element that scrolls sideways, unless it is a focusable, labelled scroll region
///   (role=region, tabindex=0, aria-label) such as a wide table in the preview;
/// - an element that reaches past the window's right edge;
/// - a text field whose value is wider or taller than the field shows;
/// - a word broken across two lines where no hyphen is drawn (a break allowed by
///   overflow-wrap or word-break rather than by hyphenation); URLs, e-mail addresses and file
///   paths may break anywhere.
pub async fn unreadable_text(app: &App, roots: &str) -> Vec<String> {
    let v = app
        .js(
            r#"
            const roots = [...document.querySelectorAll(arguments[0])];
            const problems = [];
            const desc = (el) => {
              const id = el.getAttribute("data-testid") || el.getAttribute("data-path") || el.id;
              const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
              return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ""}${cls} "${(el.textContent || "").trim().slice(0, 50)}"`;
            };
            const shown = (el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
            };
            // What reaches furthest past a container's right edge, an element or a word too long
            // for its line: the thing to fix.
            const widest = (el) => {
              const edge = el.getBoundingClientRect().left + el.clientWidth;
              let best = "", most = 0;
              for (const d of el.querySelectorAll("*")) {
                // A select's long option overflows it without widening its box: count its content too.
                const r = d.getBoundingClientRect();
                const over = Math.max(r.right, r.left + d.scrollWidth) - edge;
                if (over > most + 0.5) { most = over; best = desc(d); }
              }
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const r of range.getClientRects()) {
                  if (r.right - edge > most + 0.5) { most = r.right - edge; best = `text "${node.data.trim().slice(0, 50)}"`; }
                }
              }
              return best ? `; widest: ${best}, ${Math.round(most)} px past` : "";
            };
            const scrollRegion = (el) =>
              el.getAttribute("role") === "region" && el.getAttribute("tabindex") === "0" && el.hasAttribute("aria-label");
            for (const root of roots) {
              if (!shown(root)) continue;
              for (const el of [root, ...root.querySelectorAll("*")]) {
                if (!shown(el) || el.closest(".visually-hidden")) continue;
                const cs = getComputedStyle(el);
                const clips = (o) => o === "hidden" || o === "clip";
                if (clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
                  problems.push(`cut off at the side: ${desc(el)} (${el.scrollWidth} px in ${el.clientWidth})`);
                if (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1 && !["SELECT", "INPUT"].includes(el.tagName))
                  problems.push(`cut off at the bottom: ${desc(el)} (${el.scrollHeight} px in ${el.clientHeight})`);
                if (["auto", "scroll"].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1 && !scrollRegion(el)
                    && !["TEXTAREA", "INPUT", "SELECT"].includes(el.tagName))
                  problems.push(`scrolls sideways: ${desc(el)} (${el.scrollWidth} px in ${el.clientWidth})${widest(el)}`);
                const field = el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && ["text", "url", "email", "tel", "search"].includes(el.type));
                if (field && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
                  problems.push(`value not shown in full: ${desc(el)} "${el.value.slice(0, 50)}" (${el.scrollWidth}x${el.scrollHeight} px in ${el.clientWidth}x${el.clientHeight})`);
                if (el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest("[role=region][tabindex='0']"))
                  problems.push(`past the window's edge: ${desc(el)}`);
              }
              const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const el = node.parentElement;
                if (!el || !shown(el) || el.closest(".visually-hidden")) continue;
                const cs = getComputedStyle(el);
                const hyphenates = cs.overflowWrap === "normal" && ["normal", "keep-all"].includes(cs.wordBreak);
                for (const chunk of node.data.matchAll(/\S+/g)) {
                  if (/[\/@\\]|\.\w/.test(chunk[0])) continue; // URL, address, path
                  for (const word of chunk[0].matchAll(/[\p{L}\p{N}]{2,}/gu)) {
                    if (hyphenates && (cs.hyphens === "auto" || word[0].includes("\u00ad"))) continue;
                    const start = chunk.index + word.index;
                    const range = document.createRange();
                    range.setStart(node, start);
                    range.setEnd(node, start + word[0].length);
                    const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
                    if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2)
                      problems.push(`"${word[0]}" broken across lines in ${desc(el)}`);
                  }
                }
              }
            }
            if (document.documentElement.scrollWidth > window.innerWidth)
              problems.push(`the window scrolls sideways (${document.documentElement.scrollWidth} px)`);
            return [...new Set(problems)];
            "#,
            vec![json!(roots)],
        )
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect()
}

/// Whether every element matching `css` lies fully inside the window.
pub async fn inside_window(app: &App, css: &str) -> Value {
    app.js(
        r#"
        return [...document.querySelectorAll(arguments[0])]
          .filter((el) => el.getBoundingClientRect().width > 0)
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { id: el.getAttribute("data-testid"), top: r.top, bottom: r.bottom,
              inside: r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth };
          });
        "#,
        vec![json!(css)],
    )
    .await
}
