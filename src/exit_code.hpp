#pragma once
// Process exit codes, as in the CLI contract.

namespace wwc {

enum class ExitCode {
    ok = 0,             ///< ran; every gate the user asked for holds
    gate_failed = 1,    ///< --require-level, --strict warnings
    invalid_input = 2,  ///< an assessment or criteria file is unreadable or invalid
    usage = 64,         ///< unknown option or bad value
};

}  // namespace wwc
