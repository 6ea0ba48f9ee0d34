// Loads the test suite's npm packages (installed by `npm ci --prefix tests/node`).
'use strict';
const path = require('path');

const root = path.join(__dirname, '..', 'node');

/// The package `name` from tests/node/node_modules.
exports.load = (name) => require(require.resolve(name, { paths: [root] }));

/// Where the package `name` is installed.
exports.where = (name) => path.dirname(require.resolve(`${name}/package.json`, { paths: [root] }));
