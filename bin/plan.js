#!/usr/bin/env node
// The `plan` executable: runs the CLI and sets the exit code. The only place that ends the process.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
