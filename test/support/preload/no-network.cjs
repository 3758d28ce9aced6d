// Test-only guard, loaded into the server with `node --require <this file>` (and, through the
// inherited execArgv, into its analysis worker): every way Node opens a connection or looks up a
// name throws, and is recorded, one line per attempt, in the file named by CROSSCHECK_TEST_NETLOG.
// The test then asserts that file holds nothing but the line saying the guard was loaded.
'use strict';
const fs = require('node:fs');
const wt = require('node:worker_threads');

const logFile = process.env.CROSSCHECK_TEST_NETLOG;
const where = wt.isMainThread ? 'main' : 'worker';
const record = (line) => {
  if (logFile) fs.appendFileSync(logFile, `${line}\n`);
};
record(`guard loaded in ${where} thread`);

function refuse(what) {
  return function refused() {
    const stack = new Error().stack.split('\n').slice(2, 6).join(' | ');
    record(`NETWORK ${what} from the ${where} thread: ${stack}`);
    throw new Error(`test guard: ${what} is not allowed (Crosscheck never touches the network)`);
  };
}

const net = require('node:net');
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
const tls = require('node:tls');
tls.connect = refuse('tls.connect');
const http = require('node:http');
http.request = refuse('http.request');
http.get = refuse('http.get');
const https = require('node:https');
https.request = refuse('https.request');
https.get = refuse('https.get');
const http2 = require('node:http2');
http2.connect = refuse('http2.connect');
const dgram = require('node:dgram');
dgram.createSocket = refuse('dgram.createSocket');
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns[name] = refuse(`dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) dns.promises[name] = refuse(`dns.promises.${name}`);
globalThis.fetch = refuse('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = refuse('WebSocket');
