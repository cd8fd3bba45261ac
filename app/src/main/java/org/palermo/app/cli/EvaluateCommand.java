package org.palermo.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code palermo evaluate}: measures Palermo's steps against ground truth and gates on the figures. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Measure extraction, screening and linking against ground truth; exit non-zero below a gate.",
        subcommands = {
            EvaluatePhonesCommand.class,
            EvaluateScreenCommand.class,
            EvaluateLinkCommand.class,
        })
public final class EvaluateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
