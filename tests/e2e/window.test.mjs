// The window opens where and at the size it was left (tauri-plugin-window-state), and a place
// that is off every screen (a monitor unplugged since) is replaced by the middle of the screen.
// The saved place is written the way the plugin writes it, into the launch's own config folder;
// the Xvfb screen is 1280 x 800.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { startApp, tempDataDir, waitForReady } from './harness.mjs';

const SCREEN = { width: 1280, height: 800 };

/** Writes a saved place for the main window, as the plugin would have on an earlier run. */
function savePlace(dataDir, { x, y, width, height }) {
  const dir = path.join(`${dataDir}-xdg`, 'config', 'app.backtrack.diary');
  mkdirSync(dir, { recursive: true });
  const state = { width, height, x, y, prev_x: x, prev_y: y, maximized: false, visible: true, decorated: true, fullscreen: false };
  writeFileSync(path.join(dir, '.window-state.json'), JSON.stringify({ main: state }));
}

describe('window place', () => {
  let app;
  after(async () => {
    await app?.stop();
  });

  it('opens at the size and place it was left', async () => {
    const dataDir = tempDataDir();
    savePlace(dataDir, { x: 140, y: 60, width: 900, height: 640 });
    app = await startApp({ dataDir });
    await waitForReady(app.browser);
    const rect = await app.browser.getWindowRect();
    assert.deepEqual({ width: rect.width, height: rect.height }, { width: 900, height: 640 }, 'the size it was left at');
    assert.deepEqual({ x: rect.x, y: rect.y }, { x: 140, y: 60 }, 'the place it was left at');
    await app.stop();
    app = null;
  });

  it('never opens off screen: a place on a monitor that is gone is not used', async () => {
    const dataDir = tempDataDir();
    savePlace(dataDir, { x: 2400, y: 300, width: 1000, height: 700 });
    app = await startApp({ dataDir });
    await waitForReady(app.browser);
    const rect = await app.browser.getWindowRect();
    assert.ok(rect.x >= 0 && rect.y >= 0, `on the screen: ${JSON.stringify(rect)}`);
    assert.ok(rect.x + rect.width <= SCREEN.width && rect.y + rect.height <= SCREEN.height, `all of it: ${JSON.stringify(rect)}`);
    await app.stop();
    app = null;
  });

  it('a window with only a corner left on screen, too little to grab, is centered', async () => {
    const dataDir = tempDataDir();
    savePlace(dataDir, { x: 1220, y: 300, width: 1000, height: 700 });
    app = await startApp({ dataDir });
    await waitForReady(app.browser);
    const rect = await app.browser.getWindowRect();
    assert.deepEqual(rect, { x: 140, y: 50, width: 1000, height: 700 }, 'in the middle of the 1280 x 800 screen');
  });
});
