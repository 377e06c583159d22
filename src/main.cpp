// Tiller: run a customer-experience program. See README.md.
#include "cli/Cli.h"

int main(int argc, char** argv)
{
    return tiller::cli::run(argc, argv);
}
