// Test-only fault injection, loaded into a server or CLI process with `node --require <this file>`:
// nothing in the product reads it. The faults are configured by a JSON file named in the
// environment variable CROSSCHECK_TEST_FAULTS, read again at every use so a test can change them
// while the process runs:
//
//   {
//     "unreadable": ["/abs/path", ...],   // opening these for reading fails with EACCES (works as root)
//     "throwOn": "marker",                 // an analysis of a text holding the marker throws inside the
//                                          // real analyseArticle (its options are spoiled), in the worker
//     "exitOn": "marker",                  // the analysis worker exits while analysing such a text
//     "holdOn": "marker",                  // the worker holds such a text until the file <dir>/release exists;
//                                          // it writes <dir>/held when it starts holding
//     "dir": "/abs/folder"                 // where the worker appends one line per marked text it sees (seen.log)
//   }
'use strict';
const fs = require('node:fs');
const wt = require('node:worker_threads');

function faults() {
  const file = process.env.CROSSCHECK_TEST_FAULTS;
  if (!file) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

function unreadable(path) {
  const list = faults().unreadable || [];
  return list.includes(String(path));
}

function denied(path) {
  const e = new Error(`EACCES: permission denied, open '${path}'`);
  e.code = 'EACCES';
  e.errno = -13;
  e.syscall = 'open';
  e.path = String(path);
  return e;
}

if (wt.isMainThread) {
  // File reading: the server and the CLI open articles with fs.promises.open (lsp/files.ts).
  const realOpen = fs.promises.open;
  fs.promises.open = function open(path, flags, mode) {
    if (unreadable(path) && (flags === undefined || flags === 'r' || typeof flags === 'number')) return Promise.reject(denied(path));
    return realOpen.call(this, path, flags, mode);
  };
  const realReadFile = fs.promises.readFile;
  fs.promises.readFile = function readFile(path, options) {
    if (typeof path === 'string' && unreadable(path)) return Promise.reject(denied(path));
    return realReadFile.call(this, path, options);
  };

  // The analysis worker: the server's Worker is replaced by one that runs a small wrapper first,
  // which then loads the real worker script unchanged.
  const RealWorker = wt.Worker;
  const wrapper = `
    const fs = require('node:fs');
    const wt = require('node:worker_threads');
    const { script, faultsFile } = wt.workerData;
    const read = () => { try { return JSON.parse(fs.readFileSync(faultsFile, 'utf8')); } catch { return {}; } };
    const port = wt.parentPort;
    const on = port.on.bind(port);
    port.on = (event, listener) => {
      if (event !== 'message') return on(event, listener);
      return on('message', (message) => {
        const f = read();
        const text = String(message && message.text);
        const seen = (what) => f.dir && fs.appendFileSync(f.dir + '/seen.log', what + '\\n');
        if (f.throwOn && text.includes(f.throwOn)) {
          seen('throw');
          message = { ...message, options: { ...message.options, structure: null } };
        }
        if (f.exitOn && text.includes(f.exitOn)) {
          seen('exit');
          process.exit(7);
        }
        if (f.holdOn && text.includes(f.holdOn)) {
          seen('hold');
          fs.writeFileSync(f.dir + '/held', '');
          const nap = new Int32Array(new SharedArrayBuffer(4));
          while (!fs.existsSync(f.dir + '/release')) Atomics.wait(nap, 0, 0, 20);
        }
        listener(message);
      });
    };
    require(script);
  `;
  wt.Worker = class FaultyWorker extends RealWorker {
    constructor(script, options = {}) {
      super(wrapper, { ...options, eval: true, workerData: { script: String(script), faultsFile: process.env.CROSSCHECK_TEST_FAULTS } });
    }
  };
}
