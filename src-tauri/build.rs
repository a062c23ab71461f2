// Declaring the app's commands makes Tauri generate an `allow-<command>` permission for each,
// so the capability file grants them one by one instead of every command being callable.
const COMMANDS: &[&str] = &[
    "start_info",
    "new_project",
    "open_project",
    "open_example",
    "save_project",
    "autosave",
    "recover",
    "discard_recovery",
    "preview",
    "export_policy",
    "fragment_html",
    "reveal_export",
    "ui_messages",
    "catalog",
    "set_ui_lang",
    "publish_version",
    "publish_changes",
    "history",
    "version_html",
    "compare_versions",
    "export_memo",
    "export_record",
    "record_need",
    "record_html",
    "clause_list",
    "clause_template",
    "clause_variables",
    "clause_wording",
    "clause_reword",
    "clause_reword_reset",
    "clause_add",
    "clause_remove",
    "services",
    "service_add",
    "service_remove",
    "choose_house_style",
    "clear_house_style",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step failed");
}
