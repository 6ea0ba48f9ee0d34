#include "cli/cli.hpp"

int main(int argc, char** argv) { return wwc::run_cli(argc, argv); }
