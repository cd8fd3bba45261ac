package org.palermo.app.cli;

import picocli.CommandLine.Command;

/** {@code palermo evaluate}: measures Palermo's output against ground truth. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores predictions against ground truth and gates on thresholds (for CI).",
        subcommands = {EvaluateScreenCommand.class, EvaluateLinkCommand.class})
final class EvaluateCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
