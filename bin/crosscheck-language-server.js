#!/usr/bin/env node
// Runs the bundled language server; `npm ci` builds it (the `prepare` script).
require('../dist/server.js');
