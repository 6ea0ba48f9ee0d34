#pragma once
// The command line: argv in, exit code out. The only layer that prints.

namespace wwc {

/// Runs wwc-score with `argv`; returns the process exit code. Never throws.
int run_cli(int argc, char** argv);

}  // namespace wwc
