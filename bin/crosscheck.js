#!/usr/bin/env node
// Runs the bundled command line; `npm ci` builds it (the `prepare` script).
require('../dist/cli.js');
