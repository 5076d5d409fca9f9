//! The main window opens where it was left, at the size it was left, through
//! tauri-plugin-window-state, and never somewhere it cannot be reached: a place saved on a
//! monitor that is gone (or a resolution that shrank) is replaced by the middle of the first
//! monitor, at a size that fits it.
//!
//! The plugin writes its file when the app quits; BackTrack also writes it when the window
//! closes to the tray, so the place survives however the app ends later.

use tauri::{Manager, PhysicalPosition, PhysicalSize, Runtime, WebviewWindow};
use tauri_plugin_window_state::{AppHandleExt, StateFlags, WindowExt};

/// What is remembered: size, place and maximized. Not visibility (the login item starts
/// BackTrack hidden in the tray on purpose) and not decorations or full screen.
const REMEMBERED: StateFlags = StateFlags::SIZE.union(StateFlags::POSITION).union(StateFlags::MAXIMIZED);

/// A window part that must be on a monitor for the window to count as reachable: a strip along
/// its top (where the title bar is) at least this wide and tall.
const REACHABLE_WIDTH: i64 = 120;
const REACHABLE_HEIGHT: i64 = 32;

/// A rectangle in physical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub x: i64,
    pub y: i64,
    pub width: i64,
    pub height: i64,
}

impl Area {
    fn overlap(&self, other: &Area) -> (i64, i64) {
        let width = (self.x + self.width).min(other.x + other.width) - self.x.max(other.x);
        let height = (self.y + self.height).min(other.y + other.height) - self.y.max(other.y);
        (width.max(0), height.max(0))
    }
}

/// Whether enough of the window's top strip lies on one monitor to grab it.
pub fn reachable(window: Area, monitors: &[Area]) -> bool {
    let top_strip = Area { height: window.height.min(REACHABLE_HEIGHT), ..window };
    monitors.iter().any(|monitor| {
        let (width, height) = top_strip.overlap(monitor);
        width >= REACHABLE_WIDTH.min(window.width) && height >= top_strip.height
    })
}

/// Where to put a window that is not reachable: the middle of `monitor`, no larger than it.
pub fn centered_on(window: Area, monitor: Area) -> Area {
    let width = window.width.min(monitor.width);
    let height = window.height.min(monitor.height);
    Area { x: monitor.x + (monitor.width - width) / 2, y: monitor.y + (monitor.height - height) / 2, width, height }
}

/// The plugin, remembering what [`REMEMBERED`] says. It leaves the main window's first restore
/// to [`restore`], so the check that it is reachable comes after it, not before.
pub fn plugin<R: Runtime>(main_window: &str) -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_window_state::Builder::new().with_state_flags(REMEMBERED).skip_initial_state(main_window).build()
}

/// Puts the window where it was left, unless that place is out of reach: then at its saved
/// size (no larger than the screen) in the middle of the first monitor. The saved place is read
/// from the plugin's file before the window is shown, as a hidden window has no place yet.
pub fn restore<R: Runtime>(window: &WebviewWindow<R>) {
    if let Err(error) = try_restore(window) {
        tracing::warn!(%error, "the window's saved size and place could not be restored");
    }
}

fn try_restore<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    let monitors: Vec<Area> = window.available_monitors()?.iter().map(|m| area(*m.position(), *m.size())).collect();
    let saved = saved_place(window);
    match (saved, monitors.first()) {
        (Some(place), Some(first)) if !reachable(place, &monitors) => {
            let there = centered_on(place, *first);
            tracing::info!(?place, ?there, "the saved window place is out of reach; centering the window");
            window.set_size(PhysicalSize::new(to_u32(there.width), to_u32(there.height)))?;
            window.set_position(PhysicalPosition::new(to_i32(there.x), to_i32(there.y)))?;
        }
        _ => window.restore_state(REMEMBERED)?,
    }
    Ok(())
}

/// The window's place in the plugin's file (`{"main": {"x": .., "y": .., "width": .., "height": ..}}`),
/// if one was saved.
fn saved_place<R: Runtime>(window: &WebviewWindow<R>) -> Option<Area> {
    let app = window.app_handle();
    let file = app.path().app_config_dir().ok()?.join(app.filename());
    let states: serde_json::Value = serde_json::from_slice(&std::fs::read(file).ok()?).ok()?;
    let state = states.get(window.label())?;
    let number = |key: &str| state.get(key).and_then(serde_json::Value::as_i64);
    let place = Area { x: number("x")?, y: number("y")?, width: number("width")?, height: number("height")? };
    (place.width > 0 && place.height > 0).then_some(place)
}

/// Writes the window's place now (the window is closing to the tray).
pub fn save<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Err(error) = app.save_window_state(REMEMBERED) {
        tracing::warn!(%error, "the window's size and place could not be saved");
    }
}

fn area(position: PhysicalPosition<i32>, size: PhysicalSize<u32>) -> Area {
    Area { x: position.x.into(), y: position.y.into(), width: size.width.into(), height: size.height.into() }
}

fn to_u32(value: i64) -> u32 {
    u32::try_from(value.max(0)).unwrap_or(u32::MAX)
}

fn to_i32(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(if value < 0 { i32::MIN } else { i32::MAX })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Area = Area { x: 0, y: 0, width: 1920, height: 1080 };
    /// A second screen to the right of the laptop's.
    const DESK: Area = Area { x: 1920, y: 0, width: 2560, height: 1440 };

    fn window(x: i64, y: i64) -> Area {
        Area { x, y, width: 1000, height: 760 }
    }

    #[test]
    fn a_window_on_either_monitor_stays_where_it_was() {
        assert!(reachable(window(100, 80), &[LAPTOP]));
        assert!(reachable(window(2500, 300), &[LAPTOP, DESK]));
        assert!(reachable(window(1500, 50), &[LAPTOP, DESK]), "across both screens");
    }

    #[test]
    fn a_window_left_on_a_screen_that_is_gone_is_out_of_reach() {
        assert!(!reachable(window(2500, 300), &[LAPTOP]), "the desk screen was unplugged");
        assert!(!reachable(window(-3000, 100), &[LAPTOP]));
        assert!(!reachable(window(100, 1070), &[LAPTOP]), "only its top ten pixels show at the bottom edge");
        assert!(!reachable(window(1850, 100), &[LAPTOP]), "a corner of 70 pixels cannot be grabbed");
    }

    #[test]
    fn a_window_whose_title_bar_is_above_the_screen_is_out_of_reach() {
        assert!(!reachable(window(100, -200), &[LAPTOP]), "its body shows, but not the strip to drag it by");
    }

    #[test]
    fn an_unreachable_window_is_centered_on_the_first_monitor_and_fits_it() {
        assert_eq!(centered_on(window(2500, 300), LAPTOP), Area { x: 460, y: 160, width: 1000, height: 760 });
        let huge = Area { x: 5000, y: 5000, width: 2560, height: 1440 };
        assert_eq!(centered_on(huge, LAPTOP), LAPTOP, "no larger than the screen");
        assert!(reachable(centered_on(huge, LAPTOP), &[LAPTOP]));
    }
}
