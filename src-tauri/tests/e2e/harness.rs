//! Runs the real app binary under Xvfb and drives it over WebDriver: tauri-driver (crates.io,
//! version 2) in front of Debian's WebKitWebDriver. Builds nothing: cargo has built the binary
//! (CARGO_BIN_EXE_policywright-app) before this test runs.

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The app binary cargo built for this test; POLICYWRIGHT_E2E_APP may name another build of
/// it (a release build, to take the figures with).
pub fn app_binary() -> PathBuf {
    std::env::var_os("POLICYWRIGHT_E2E_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_policywright-app")))
}

/// How long a UI reaction may take before a step fails (generous: 2 shared cores).
pub const STEP: Duration = Duration::from_secs(15);

/// A child process stopped with SIGTERM when dropped: tauri-driver stops its WebKitWebDriver
/// only then (SIGKILL would orphan it, and with it the app).
pub struct Proc {
    child: Child,
    name: &'static str,
}

impl Drop for Proc {
    fn drop(&mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        // SAFETY: kill(2) with a pid we spawned and still own (not yet reaped).
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("e2e: {} ignored SIGTERM; killing it", self.name);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Finds a program on PATH or in cargo's bin directory (where `cargo install` puts tauri-driver).
fn program(name: &str) -> PathBuf {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        dirs.push(PathBuf::from(home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo/bin"));
    }
    dirs.into_iter()
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!("e2e: `{name}` not found on PATH or in ~/.cargo/bin: run scripts/setup.sh")
        })
}

/// Debian's ImageMagick `import` (a stand-in `convert` may come earlier on PATH here).
fn import_program() -> PathBuf {
    let debian = PathBuf::from("/usr/bin/import");
    if debian.is_file() {
        debian
    } else {
        program("import")
    }
}

/// An X server on a free display; `-displayfd 1` makes Xvfb pick the display and print it.
pub fn start_xvfb() -> (Proc, String) {
    let mut child = Command::new(program("Xvfb"))
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1400x1000x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start Xvfb");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("read the display from Xvfb");
    let display = format!(":{}", line.trim());
    assert!(display.len() > 1, "Xvfb printed no display number");
    (
        Proc {
            child,
            name: "Xvfb",
        },
        display,
    )
}

/// Two free adjacent ports (tauri-driver's and WebKitWebDriver's).
fn free_ports() -> u16 {
    for _ in 0..50 {
        let a = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = a.local_addr().unwrap().port();
        if port < u16::MAX && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return port;
        }
    }
    panic!("no two adjacent free ports");
}

/// Everything a run needs: X, the driver, a private HOME-like folder for the app's settings
/// and the dialog answer file (POLICYWRIGHT_TEST_DIALOG).
pub struct Env {
    // Field order is drop order: the driver goes before the X server.
    _driver: Proc,
    _xvfb: Proc,
    pub port: u16,
    pub dir: tempfile::TempDir,
    pub answers: PathBuf,
    display: String,
}

impl Env {
    pub fn start() -> Env {
        let (xvfb, display) = start_xvfb();
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("dialog-answer");
        std::fs::write(&answers, "").unwrap();
        let port = free_ports();
        // The app inherits this environment through tauri-driver and WebKitWebDriver.
        let driver = Command::new(program("tauri-driver"))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &(port + 1).to_string(),
            ])
            .env("DISPLAY", &display)
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .env("POLICYWRIGHT_TEST_DIALOG", &answers)
            // No accessibility bus under Xvfb; without this GTK waits for it.
            .env("NO_AT_BRIDGE", "1")
            .env("LANG", "sv_SE.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tauri-driver");
        let driver = Proc {
            child: driver,
            name: "tauri-driver",
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        Env {
            _driver: driver,
            _xvfb: xvfb,
            port,
            dir,
            answers,
            display,
        }
    }

    /// The next native dialog answers `path`; None cancels it.
    pub fn answer(&self, path: Option<&Path>) {
        let text = path.map(|p| p.display().to_string()).unwrap_or_default();
        std::fs::write(&self.answers, text).unwrap();
    }

    /// Starts the app in a new WebDriver session; retried while the driver warms up.
    pub async fn launch(&self) -> App {
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert(
            "tauri:options".into(),
            json!({ "application": app_binary() }),
        );
        let url = format!("http://127.0.0.1:{}", self.port);
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if Instant::now() < deadline => {
                    eprintln!("e2e: connecting: {e}");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(e) => panic!("e2e: no WebDriver session: {e}"),
            }
        };
        App {
            client,
            display: self.display.clone(),
        }
    }
}

pub struct App {
    pub client: Client,
    display: String,
}

pub fn testid(id: &str) -> String {
    format!("[data-testid='{id}']")
}

pub fn path(p: &str) -> String {
    format!("[data-path='{p}']")
}

impl App {
    pub async fn wait(&self, css: &str) -> Element {
        match self
            .client
            .wait()
            .at_most(STEP)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(el) => el,
            Err(e) => {
                self.dump("failure").await;
                panic!("e2e: `{css}` did not appear: {e}")
            }
        }
    }

    /// The page's HTML and a screenshot in target/, for finding out why a step failed.
    pub async fn dump(&self, name: &str) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots");
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(html) = self.client.source().await {
            let _ = std::fs::write(dir.join(format!("{name}.html")), html);
        }
        if let Ok(Ok(png)) =
            tokio::time::timeout(Duration::from_secs(5), self.client.screenshot()).await
        {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
        eprintln!("e2e: page saved to {}/{name}.{{html,png}}", dir.display());
    }

    /// Clicks an element as a person does, who scrolls it to the middle of its pane first: the
    /// WebDriver's own scrolling can leave it under the sticky toolbar. An element re-rendered
    /// between finding and clicking it is found again (a few tries); anything else fails with
    /// the page saved.
    pub async fn click(&self, css: &str) {
        let mut tries = 0;
        loop {
            let el = self.wait(css).await;
            // A command in a closed toolbar menu: open the menu first, as a person would.
            let _ = self
                .client
                .execute(
                    r#"const menu = arguments[0].closest('[role="menu"]');
                    if (menu && menu.hidden) document.querySelector(`[aria-controls="${menu.id}"]`).click();"#,
                    vec![serde_json::to_value(&el).unwrap_or_default()],
                )
                .await;
            if let Ok(arg) = serde_json::to_value(&el) {
                let _ = self
                    .client
                    .execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])
                    .await;
            }
            match el.click().await {
                Ok(()) => return,
                Err(e) if tries < 3 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    let _ = e;
                }
                Err(e) => {
                    self.dump("failure").await;
                    panic!("e2e: click `{css}`: {e:?}");
                }
            }
        }
    }

    /// Key presses through the X server (XTEST), as a person makes them, to the focused element:
    /// WebDriver's key actions do not reach WebKitGTK's editing commands (undo, redo). `keys`
    /// as xdotool names them: "ctrl+z", "ctrl+shift+z".
    pub async fn real_keys(&self, keys: &str) {
        let (x, y, w, h) = self.client.get_window_rect().await.expect("window rect");
        let (cx, cy) = ((x + w / 2).to_string(), (y + h / 2).to_string());
        let status = Command::new("xdotool")
            .env("DISPLAY", &self.display)
            .args(["mousemove", &cx, &cy, "key", "--clearmodifiers", keys])
            .status()
            .expect("run xdotool (Debian's xdotool, installed by scripts/setup.sh)");
        assert!(status.success(), "xdotool key {keys}: {status}");
    }

    /// Replaces an input's text the way a person does: focus, clear, type.
    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.wait(css).await;
        // WebKitWebDriver refuses to clear a field outside the view (below a long table).
        if let Ok(arg) = serde_json::to_value(&el) {
            let _ = self
                .client
                .execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg])
                .await;
        }
        el.clear().await.unwrap();
        el.send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("e2e: type into `{css}`: {e}"));
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.wait(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("e2e: select `{value}` in `{css}`: {e}"));
    }

    pub async fn value(&self, css: &str) -> String {
        self.wait(css)
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// Waits until the element's text contains `needle`.
    pub async fn wait_text(&self, css: &str, needle: &str) {
        let deadline = Instant::now() + STEP;
        loop {
            let got = match self.client.find(Locator::Css(css)).await {
                Ok(el) => el.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if got.contains(needle) {
                return;
            }
            if Instant::now() >= deadline {
                self.dump("failure").await;
                panic!("e2e: `{css}` never contained {needle:?}; it has: {got:.400}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("e2e: script failed: {e}"))
    }

    /// A screenshot of the window, taken from the X server with ImageMagick's `import` after a
    /// short pause. (WebKitWebDriver's own screenshot can show the previous frame, and with
    /// accelerated compositing off it sometimes never answers.)
    pub async fn screenshot(&self, name: &str) {
        // Overlay scrollbars fade out about a second after scrolling.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let (x, y, w, h) = self.client.get_window_rect().await.expect("window rect");
        let crop = format!("{w}x{h}+{x}+{y}");
        for dir in screenshot_dirs() {
            std::fs::create_dir_all(&dir).unwrap();
            let file = dir.join(format!("{name}.png"));
            let status = Command::new(import_program())
                .args(["-display", &self.display, "-window", "root", "-crop", &crop])
                .arg(format!("PNG32:{}", file.display()))
                .status()
                .expect("run ImageMagick import");
            assert!(status.success(), "e2e: import failed for {name}");
        }
    }

    pub async fn quit(self) {
        self.client
            .close()
            .await
            .expect("end the WebDriver session");
    }
}

/// Screenshots always go to target/e2e-screenshots; with POLICYWRIGHT_UPDATE_SCREENSHOTS=1 also
/// to docs/screenshots (committed), so an ordinary test run leaves the work tree clean.
fn screenshot_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut dirs = vec![root.join("target/e2e-screenshots")];
    if std::env::var_os("POLICYWRIGHT_UPDATE_SCREENSHOTS").is_some_and(|v| v == "1") {
        dirs.push(root.join("docs/screenshots"));
    }
    dirs
}

/// The running app's processes: every process whose executable is the app binary, and all
/// their descendants (the WebKit web and network processes). (pid, name) pairs.
pub fn app_processes() -> Vec<(u32, String)> {
    let app = std::fs::canonicalize(app_binary()).unwrap();
    let mut procs: Vec<(u32, u32, String)> = Vec::new(); // pid, ppid, name
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(status) = std::fs::read_to_string(entry.path().join("status")) else {
            continue;
        };
        let ppid = status_field(&status, "PPid:").parse().unwrap_or(0);
        procs.push((pid, ppid, status_field(&status, "Name:")));
    }
    let mut todo: Vec<u32> = procs
        .iter()
        .filter(|(pid, ..)| {
            std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == app)
        })
        .map(|(pid, ..)| *pid)
        .collect();
    let mut members = Vec::new();
    while let Some(pid) = todo.pop() {
        if let Some(p) = procs.iter().find(|p| p.0 == pid) {
            members.push((p.0, p.2.clone()));
        }
        todo.extend(procs.iter().filter(|p| p.1 == pid).map(|p| p.0));
    }
    members
}

fn status_field(status: &str, key: &str) -> String {
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .map(|v| v.trim().trim_end_matches("kB").trim().to_owned())
        .unwrap_or_default()
}

/// VmRSS and Pss (KiB) of one process. RSS counts shared libraries in every process that maps
/// them; PSS divides them among the sharers, so PSS adds up honestly.
pub fn memory_kib(pid: u32) -> (u64, u64) {
    let rss = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .map(|s| status_field(&s, "VmRSS:").parse().unwrap_or(0))
        .unwrap_or(0);
    let pss = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .map(|s| status_field(&s, "Pss:").parse().unwrap_or(0))
        .unwrap_or(0);
    (rss, pss)
}

/// When the app's main process was started, in milliseconds since the Unix epoch
/// (from /proc: boot time plus the process's start tick; 10 ms resolution).
pub fn app_started_epoch_ms() -> f64 {
    let app = std::fs::canonicalize(app_binary()).unwrap();
    let pid = app_processes()
        .into_iter()
        .map(|(pid, _)| pid)
        .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|e| e == app))
        .expect("the app is running");
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the parenthesised command name; starttime is field 22 of the whole line.
    let after = &stat[stat.rfind(')').unwrap() + 2..];
    let ticks: f64 = after.split(' ').nth(19).unwrap().parse().unwrap();
    let btime: f64 = std::fs::read_to_string("/proc/stat")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("btime "))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    (btime + ticks / hz) * 1000.0
}

pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    xs[xs.len() / 2]
}
