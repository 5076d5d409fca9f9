import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, waitForReady } from './harness.mjs';
import { byTestId, openScreen, setField } from './screens.mjs';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'look-'));
cpSync('/tmp/seed10/backtrack.db', path.join(dataDir, 'backtrack.db'));
const app = await startApp({ dataDir });
const b = app.browser;
try {
  await waitForReady(b);
  await openScreen(b, 'history');
  await (await byTestId(b, 'preset-all')).click();
  await b.pause(1500);
  console.log('history all nodes', await b.execute(() => document.getElementsByTagName('*').length));
  await b.saveScreenshot('/work/notes/look/history-all.png');
  await b.setWindowSize(360, 800);
  await b.pause(500);
  await b.saveScreenshot('/work/notes/look/history-360.png');
  await b.setWindowSize(1280, 800);
  await openScreen(b, 'export');
  await b.pause(1500);
  await setField(b, 'export-from', '1900-01-01');
  await setField(b, 'export-to', '9999-12-31');
  await b.pause(6000);
  console.log('export wide nodes', await b.execute(() => document.getElementsByTagName('*').length));
  await b.saveScreenshot('/work/notes/look/export-wide.png');
} finally {
  await app.stop();
}
