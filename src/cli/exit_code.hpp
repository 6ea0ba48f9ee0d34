#pragma once
// Process exit codes, as in the CLI contract.

namespace wwc {

enum class ExitCode {
    ok = 0,              ///< ran; every gate the user asked for holds
    gate_failed = 1,     ///< --require-level, --fail-on-downgrade, --strict warnings
    invalid_input = 2,   ///< an assessment or criteria file is unreadable or invalid
    usage = 64,          ///< unknown option or command, bad or empty value (sysexits EX_USAGE)
    output_failed = 74,  ///< the output could not be written (sysexits EX_IOERR)
};

}  // namespace wwc
